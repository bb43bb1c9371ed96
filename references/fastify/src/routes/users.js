import { bodies, responses } from './schemas.js';

export default async function userRoutes(app, { services }) {
  const { users } = services;

  app.post('/users', { schema: { body: bodies.newUser, response: { 201: responses.user } } }, async (request, reply) => {
    const user = await users.register(request.body.user);
    return reply.code(201).send({ user });
  });

  app.post('/users/login', { schema: { body: bodies.login, response: { 200: responses.user } } }, async (request) => ({
    user: await users.login(request.body.user),
  }));

  app.get('/user', { onRequest: app.requireAuth, schema: { response: { 200: responses.user } } }, async (request) => ({
    user: await users.current(request.userId),
  }));

  app.put(
    '/user',
    { onRequest: app.requireAuth, schema: { body: bodies.updateUser, response: { 200: responses.user } } },
    async (request) => ({ user: await users.update(request.userId, request.body.user) }),
  );
}
