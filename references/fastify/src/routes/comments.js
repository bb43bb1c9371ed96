import { bodies, params, responses } from './schemas.js';

export default async function commentRoutes(app, { services }) {
  const { comments } = services;

  app.get(
    '/articles/:slug/comments',
    { onRequest: app.optionalAuth, schema: { params: params.slug, response: { 200: responses.comments } } },
    async (request) => ({ comments: await comments.list(request.params.slug, request.userId) }),
  );

  app.post(
    '/articles/:slug/comments',
    {
      onRequest: app.requireAuth,
      schema: { params: params.slug, body: bodies.newComment, response: { 200: responses.comment } },
    },
    async (request) => ({ comment: await comments.add(request.params.slug, request.userId, request.body.comment) }),
  );

  app.delete(
    '/articles/:slug/comments/:id',
    { onRequest: app.requireAuth, schema: { params: params.comment, response: { 200: responses.empty } } },
    async (request) => {
      await comments.delete(request.params.slug, request.params.id, request.userId);
      return {};
    },
  );
}
