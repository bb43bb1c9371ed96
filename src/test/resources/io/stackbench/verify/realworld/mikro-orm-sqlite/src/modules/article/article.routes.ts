import { Router } from 'express';
import { ArticleService } from './article.service';

export function articleRoutes(service: () => ArticleService): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    res.json(await service().list(Number(req.query.limit) || 20, Number(req.query.offset) || 0));
  });

  router.get('/:slug', async (req, res) => {
    const article = await service().get(req.params.slug);
    if (!article) return res.status(404).json({ errors: { article: ['not found'] } });
    return res.json({ article });
  });

  router.post('/', async (req, res) => {
    const article = await service().create(Number(req.header('x-user-id')), req.body.article);
    res.status(201).json({ article });
  });

  return router;
}
