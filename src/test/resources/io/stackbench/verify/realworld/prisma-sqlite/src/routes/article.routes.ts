import { Router } from 'express';
import { createArticle, getArticle, listArticles } from '../services/article.service';

const router = Router();

router.get('/articles', async (req, res) => {
  res.json(await listArticles(Number(req.query.limit) || 20, Number(req.query.offset) || 0));
});

router.get('/articles/:slug', async (req, res) => {
  const article = await getArticle(req.params.slug);
  if (!article) return res.status(404).json({ errors: { article: ['not found'] } });
  return res.json({ article });
});

router.post('/articles', async (req, res) => {
  const article = await createArticle(Number(req.header('x-user-id')), req.body.article);
  res.status(201).json({ article });
});

export default router;
