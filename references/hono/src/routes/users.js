import { Hono } from 'hono';
import { envelope } from './requests.js';

/** /api/users: registration and login. */
export function usersRoutes({ users }) {
  const app = new Hono();
  app.post('/', async (c) => c.json({ user: await users.register(await envelope(c, 'user')) }, 201));
  app.post('/login', async (c) => c.json({ user: await users.login(await envelope(c, 'user')) }));
  return app;
}

/** /api/user: the current user's account. */
export function currentUserRoutes({ users }, auth) {
  const app = new Hono();
  app.get('/', auth.required, async (c) => c.json({ user: await users.current(c.get('viewer')) }));
  app.put('/', auth.required, async (c) =>
    c.json({ user: await users.update(c.get('viewer'), await envelope(c, 'user')) }),
  );
  return app;
}
