import { params, responses } from './schemas.js';

export default async function profileRoutes(app, { services }) {
  const { profiles } = services;
  const schema = { params: params.username, response: { 200: responses.profile } };

  app.get('/profiles/:username', { onRequest: app.optionalAuth, schema }, async (request) => ({
    profile: await profiles.get(request.params.username, request.userId),
  }));

  app.post('/profiles/:username/follow', { onRequest: app.requireAuth, schema }, async (request) => ({
    profile: await profiles.follow(request.params.username, request.userId),
  }));

  app.delete('/profiles/:username/follow', { onRequest: app.requireAuth, schema }, async (request) => ({
    profile: await profiles.unfollow(request.params.username, request.userId),
  }));
}
