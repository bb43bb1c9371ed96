const { Router } = require('express');
const { apiError } = require('@conduit/shared');
const articleService = require('../services/articleService');

const router = Router();

router.get('/', async (req, res) => {
  res.json(await articleService.listArticles({ limit: Number(req.query.limit) || 20, offset: Number(req.query.offset) || 0 }));
});

router.get('/:slug', async (req, res) => {
  try {
    res.json({ article: await articleService.getArticle(req.params.slug) });
  } catch (err) {
    if (err instanceof articleService.NotFoundError) return res.status(404).json(apiError('article', 'not found'));
    throw err;
  }
});

router.post('/', async (req, res) => {
  const article = await articleService.createArticle(req.get('x-username'), req.body.article);
  res.status(201).json({ article });
});

module.exports = router;
