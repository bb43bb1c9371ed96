import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { ListBookmarks } from '../usecases/list-bookmarks';
import { AlreadySavedError, type SaveBookmark } from '../usecases/save-bookmark';

export function bookmarkHandlers(deps: { list: ListBookmarks; save: SaveBookmark }) {
  const app = new Hono();

  app.get('/', (c) => c.json(deps.list.execute(c.req.query('q'))));

  app.post('/', zValidator('json', z.object({ url: z.string().url(), title: z.string().optional() })), (c) => {
    try {
      return c.json(deps.save.execute(c.req.valid('json')), 201);
    } catch (err) {
      if (err instanceof AlreadySavedError) return c.json({ error: 'already saved' }, 409);
      throw err;
    }
  });

  return app;
}
