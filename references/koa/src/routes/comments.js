import Router from '@koa/router';

import { wrapped } from './parsing.js';
import * as json from './serializers.js';

export function commentRoutes({ comments }, auth) {
  const router = new Router({ prefix: '/api/articles/:slug/comments' });

  router.get('/', auth.optional, async (ctx) => {
    ctx.body = json.comments(await comments.list(ctx.params.slug, ctx.state.userId));
  });

  router.post('/', auth.required, async (ctx) => {
    ctx.body = json.comment(await comments.add(ctx.params.slug, ctx.state.userId, wrapped(ctx, 'comment')));
  });

  router.delete('/:id', auth.required, async (ctx) => {
    await comments.delete(ctx.params.slug, ctx.params.id, ctx.state.userId);
    ctx.body = {};
  });

  return router;
}
