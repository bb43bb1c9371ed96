const { Router } = require('express');
const articleService = require('../services/articles');

const router = Router();

router.get('/', async (req, res) => {
  const articles = await articleService.list(Number(req.query.limit) || 20, Number(req.query.offset) || 0);
  res.json({ articles, articlesCount: articles.length });
});

router.get('/:slug', async (req, res) => {
  try {
    res.json({ article: await articleService.get(req.params.slug) });
  } catch (err) {
    if (err instanceof articleService.NotFound) return res.sendStatus(404);
    throw err;
  }
});

router.post('/', async (req, res) => {
  res.status(201).json({ article: await articleService.create(Number(req.get('x-user-id')), req.body.article) });
});

module.exports = router;
