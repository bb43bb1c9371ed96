import { Hono } from 'hono';
import type { ArticleService, CreateArticleInput } from '../services/articles.js';

export function articleRoutes(service: ArticleService) {
  const app = new Hono();

  app.get('/', async (c) => {
    const articles = await service.list(Number(c.req.query('limit') ?? 20), Number(c.req.query('offset') ?? 0));
    return c.json({ articles, articlesCount: articles.length });
  });

  app.get('/:slug', async (c) => c.json({ article: await service.get(c.req.param('slug')) }));

  app.post('/', async (c) => {
    const { article } = await c.req.json<{ article: CreateArticleInput }>();
    return c.json({ article: await service.create(Number(c.req.header('x-user-id')), article) }, 201);
  });

  app.delete('/:slug', async (c) => {
    await service.remove(c.req.param('slug'), Number(c.req.header('x-user-id')));
    return c.body(null, 204);
  });

  return app;
}
