import { Hono } from 'hono';
import { ProfileNotFoundError, type ProfileService } from '../services/profiles.js';

export function profileRoutes(service: ProfileService) {
  const app = new Hono();

  app.get('/:username', async (c) => {
    try {
      return c.json({ profile: await service.get(c.req.param('username')) });
    } catch (err) {
      if (err instanceof ProfileNotFoundError) return c.json({ errors: { profile: ['not found'] } }, 404);
      throw err;
    }
  });

  return app;
}
