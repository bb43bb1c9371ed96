import { Hono } from 'hono';
import { viewerId } from './auth.js';

/** /api/profiles */
export function profilesRoutes({ profiles }, auth) {
  const app = new Hono();
  app.get('/:username', auth.optional, async (c) =>
    c.json({ profile: await profiles.get(c.req.param('username'), viewerId(c)) }),
  );
  app.post('/:username/follow', auth.required, async (c) =>
    c.json({ profile: await profiles.follow(c.req.param('username'), viewerId(c)) }),
  );
  app.delete('/:username/follow', auth.required, async (c) =>
    c.json({ profile: await profiles.unfollow(c.req.param('username'), viewerId(c)) }),
  );
  return app;
}
