import Router from '@koa/router';

import * as json from './serializers.js';

export function tagRoutes({ tags }) {
  const router = new Router({ prefix: '/api/tags' });

  router.get('/', async (ctx) => {
    ctx.body = json.tags(await tags.all());
  });

  return router;
}
