import { Request, Response, Router } from 'express';
import { ArticleNotFoundError, ArticleService, DuplicateSlugError } from '../application/article.service';

export function articlesRouter(service: ArticleService): Router {
  const router = Router();

  router.get('/', async (req: Request, res: Response) => {
    const articles = await service.list(Number(req.query.limit ?? 20), Number(req.query.offset ?? 0));
    res.json({ articles, articlesCount: articles.length });
  });

  router.get('/:slug', async (req: Request, res: Response) => {
    try {
      res.json({ article: await service.get(req.params.slug) });
    } catch (e) {
      if (e instanceof ArticleNotFoundError) return res.status(404).json({ errors: { article: ['not found'] } });
      throw e;
    }
  });

  router.post('/', async (req: Request, res: Response) => {
    try {
      res.status(201).json({ article: await service.create(1, req.body.article) });
    } catch (e) {
      if (e instanceof DuplicateSlugError) return res.status(422).json({ errors: { slug: ['has already been taken'] } });
      throw e;
    }
  });

  return router;
}
