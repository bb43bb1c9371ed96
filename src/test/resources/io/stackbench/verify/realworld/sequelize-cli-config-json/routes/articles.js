const express = require('express');
const articleService = require('../services/articleService');

const router = express.Router();

router.get('/', async (req, res) => {
  const { rows, count } = await articleService.listArticles({
    limit: Number(req.query.limit) || 20, offset: Number(req.query.offset) || 0,
  });
  res.json({ articles: rows, articlesCount: count });
});

router.get('/:slug', async (req, res) => {
  const article = await articleService.findArticle(req.params.slug);
  if (!article) return res.status(404).json({ errors: { article: ['not found'] } });
  return res.json({ article });
});

router.get('/:slug/comments', async (req, res) => {
  const comments = await articleService.commentsFor(req.params.slug);
  if (!comments) return res.status(404).json({ errors: { article: ['not found'] } });
  return res.json({ comments });
});

module.exports = router;
