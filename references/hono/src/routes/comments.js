import { Hono } from 'hono';
import { viewerId } from './auth.js';
import { envelope } from './requests.js';

/** /api/articles/:slug/comments */
export function commentsRoutes({ comments }, auth) {
  const app = new Hono();
  app.get('/', auth.optional, async (c) =>
    c.json({ comments: await comments.list(c.req.param('slug'), viewerId(c)) }),
  );
  app.post('/', auth.required, async (c) =>
    c.json({ comment: await comments.add(c.req.param('slug'), viewerId(c), await envelope(c, 'comment')) }),
  );
  app.delete('/:id', auth.required, async (c) => {
    await comments.delete(c.req.param('slug'), c.req.param('id'), viewerId(c));
    return c.json({});
  });
  return app;
}
