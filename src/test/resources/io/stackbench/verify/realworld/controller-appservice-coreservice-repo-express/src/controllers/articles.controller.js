const express = require('express');
const articleService = require('../application/article.app-service');

const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    res.json(await articleService.listArticles(req.query));
  } catch (err) {
    next(err);
  }
});

router.get('/:slug', async (req, res, next) => {
  try {
    res.json(await articleService.getArticle(req.params.slug));
  } catch (err) {
    if (err instanceof articleService.ArticleNotFoundError) return res.status(404).json({ errors: { article: ['not found'] } });
    return next(err);
  }
});

router.post('/', async (req, res, next) => {
  try {
    res.status(201).json(await articleService.createArticle(req.user, req.body.article));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
