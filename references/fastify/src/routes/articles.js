import { bodies, params, queries, responses } from './schemas.js';

/** Query strings keep only non-empty values: `?tag=` filters nothing. */
function present(query) {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ''));
}

export default async function articleRoutes(app, { services }) {
  const { articles } = services;
  const one = { 200: responses.article };

  app.get(
    '/articles',
    { onRequest: app.optionalAuth, schema: { querystring: queries.articles, response: { 200: responses.articles } } },
    async (request) => articles.list(request.userId, present(request.query)),
  );

  // Declared before /articles/:slug only for readers; Fastify's router prefers static segments anyway.
  app.get(
    '/articles/feed',
    { onRequest: app.requireAuth, schema: { querystring: queries.feed, response: { 200: responses.articles } } },
    async (request) => articles.feed(request.userId, present(request.query)),
  );

  app.post(
    '/articles',
    { onRequest: app.requireAuth, schema: { body: bodies.newArticle, response: { 201: responses.article } } },
    async (request, reply) => {
      const article = await articles.create(request.userId, request.body.article);
      return reply.code(201).send({ article });
    },
  );

  app.get('/articles/:slug', { onRequest: app.optionalAuth, schema: { params: params.slug, response: one } }, async (request) => ({
    article: await articles.get(request.params.slug, request.userId),
  }));

  app.put(
    '/articles/:slug',
    { onRequest: app.requireAuth, schema: { params: params.slug, body: bodies.updateArticle, response: one } },
    async (request) => ({ article: await articles.update(request.params.slug, request.userId, request.body.article) }),
  );

  app.delete(
    '/articles/:slug',
    { onRequest: app.requireAuth, schema: { params: params.slug, response: { 200: responses.empty } } },
    async (request) => {
      await articles.delete(request.params.slug, request.userId);
      return {};
    },
  );

  app.post(
    '/articles/:slug/favorite',
    { onRequest: app.requireAuth, schema: { params: params.slug, response: one } },
    async (request) => ({ article: await articles.favorite(request.params.slug, request.userId) }),
  );

  app.delete(
    '/articles/:slug/favorite',
    { onRequest: app.requireAuth, schema: { params: params.slug, response: one } },
    async (request) => ({ article: await articles.unfavorite(request.params.slug, request.userId) }),
  );
}
