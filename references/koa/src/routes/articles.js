import Router from '@koa/router';

import { queryInt, queryString, wrapped } from './parsing.js';
import * as json from './serializers.js';

export function articleRoutes({ articles }, auth) {
  const router = new Router({ prefix: '/api/articles' });

  router.get('/', auth.optional, async (ctx) => {
    const page = await articles.list(ctx.state.userId, {
      tag: queryString(ctx, 'tag'),
      author: queryString(ctx, 'author'),
      favorited: queryString(ctx, 'favorited'),
      limit: queryInt(ctx, 'limit'),
      offset: queryInt(ctx, 'offset'),
    });
    ctx.body = json.articles(page);
  });

  // Registered before '/:slug', which would otherwise take "feed" for a slug.
  router.get('/feed', auth.required, async (ctx) => {
    const page = await articles.feed(ctx.state.userId, {
      limit: queryInt(ctx, 'limit'),
      offset: queryInt(ctx, 'offset'),
    });
    ctx.body = json.articles(page);
  });

  router.post('/', auth.required, async (ctx) => {
    ctx.body = json.article(await articles.create(ctx.state.userId, wrapped(ctx, 'article')));
    ctx.status = 201;
  });

  router.get('/:slug', auth.optional, async (ctx) => {
    ctx.body = json.article(await articles.get(ctx.params.slug, ctx.state.userId));
  });

  router.put('/:slug', auth.required, async (ctx) => {
    ctx.body = json.article(await articles.update(ctx.params.slug, ctx.state.userId, wrapped(ctx, 'article')));
  });

  router.delete('/:slug', auth.required, async (ctx) => {
    await articles.delete(ctx.params.slug, ctx.state.userId);
    ctx.body = {};
  });

  router.post('/:slug/favorite', auth.required, async (ctx) => {
    ctx.body = json.article(await articles.favorite(ctx.params.slug, ctx.state.userId));
  });

  router.delete('/:slug/favorite', auth.required, async (ctx) => {
    ctx.body = json.article(await articles.unfavorite(ctx.params.slug, ctx.state.userId));
  });

  return router;
}
