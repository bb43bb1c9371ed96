const { Router } = require('express');
const articleService = require('../services/articles');

const router = Router();

router.get('/', async (req, res) => {
  const result = await articleService.byAuthor(req.query.author, {
    limit: Number(req.query.limit) || 20,
    offset: Number(req.query.offset) || 0,
  });
  res.json(result);
});

router.get('/:slug', async (req, res) => {
  try {
    res.json({ article: await articleService.get(req.params.slug) });
  } catch (err) {
    if (err instanceof articleService.NotFoundError) return res.sendStatus(404);
    throw err;
  }
});

module.exports = router;
