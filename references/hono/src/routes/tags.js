import { Hono } from 'hono';

/** /api/tags */
export function tagsRoutes({ tags }) {
  const app = new Hono();
  app.get('/', async (c) => c.json({ tags: await tags.list() }));
  return app;
}
