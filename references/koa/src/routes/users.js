import Router from '@koa/router';

import { wrapped } from './parsing.js';
import * as json from './serializers.js';

export function userRoutes({ users }, auth) {
  const router = new Router({ prefix: '/api' });

  router.post('/users', async (ctx) => {
    ctx.body = json.user(await users.register(wrapped(ctx, 'user')));
    ctx.status = 201;
  });

  router.post('/users/login', async (ctx) => {
    ctx.body = json.user(await users.login(wrapped(ctx, 'user')));
  });

  router.get('/user', auth.required, async (ctx) => {
    ctx.body = json.user(await users.current(ctx.state.userId));
  });

  router.put('/user', auth.required, async (ctx) => {
    ctx.body = json.user(await users.update(ctx.state.userId, wrapped(ctx, 'user')));
  });

  return router;
}
