import Router from '@koa/router';

import * as json from './serializers.js';

export function profileRoutes({ profiles }, auth) {
  const router = new Router({ prefix: '/api/profiles' });

  router.get('/:username', auth.optional, async (ctx) => {
    ctx.body = json.profile(await profiles.get(ctx.params.username, ctx.state.userId));
  });

  router.post('/:username/follow', auth.required, async (ctx) => {
    ctx.body = json.profile(await profiles.follow(ctx.params.username, ctx.state.userId));
  });

  router.delete('/:username/follow', auth.required, async (ctx) => {
    ctx.body = json.profile(await profiles.unfollow(ctx.params.username, ctx.state.userId));
  });

  return router;
}
