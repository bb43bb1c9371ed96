import { Hono } from 'hono';
import { viewerId } from './auth.js';
import { envelope, queryInt, queryString } from './requests.js';

function page(c) {
  return { limit: queryInt(c, 'limit'), offset: queryInt(c, 'offset') };
}

/** /api/articles: the list, the feed and single articles. */
export function articlesRoutes({ articles }, auth) {
  const app = new Hono();
  // Registered before "/:slug", which would otherwise take "feed" for a slug.
  app.get('/feed', auth.required, async (c) => c.json(await articles.feed(viewerId(c), page(c))));
  app.get('/', auth.optional, async (c) => {
    const filters = {
      tag: queryString(c, 'tag'),
      author: queryString(c, 'author'),
      favorited: queryString(c, 'favorited'),
    };
    return c.json(await articles.list(filters, page(c), viewerId(c)));
  });
  app.post('/', auth.required, async (c) =>
    c.json({ article: await articles.create(viewerId(c), await envelope(c, 'article')) }, 201),
  );
  app.get('/:slug', auth.optional, async (c) =>
    c.json({ article: await articles.get(c.req.param('slug'), viewerId(c)) }),
  );
  app.put('/:slug', auth.required, async (c) =>
    c.json({ article: await articles.update(c.req.param('slug'), viewerId(c), await envelope(c, 'article')) }),
  );
  app.delete('/:slug', auth.required, async (c) => {
    await articles.delete(c.req.param('slug'), viewerId(c));
    return c.json({});
  });
  return app;
}

/** /api/articles/:slug/favorite */
export function favoritesRoutes({ articles }, auth) {
  const app = new Hono();
  app.post('/', auth.required, async (c) =>
    c.json({ article: await articles.favorite(c.req.param('slug'), viewerId(c)) }),
  );
  app.delete('/', auth.required, async (c) =>
    c.json({ article: await articles.unfavorite(c.req.param('slug'), viewerId(c)) }),
  );
  return app;
}
