import express from 'express';
import { articlesRouter } from './articles.js';
import { authentication } from './auth.js';
import { healthRouter } from './health.js';
import { profilesRouter } from './profiles.js';
import { tagsRouter } from './tags.js';
import { usersRouter } from './users.js';

export { errorHandler, notFound } from './errors.js';

/** Every route of the API, relative to its /api prefix, handled by the given services. */
export function apiRouter(services) {
  const auth = authentication(services.users);
  const router = express.Router();
  router.use(healthRouter());
  router.use(usersRouter(services, auth));
  router.use('/profiles', profilesRouter(services, auth));
  router.use('/articles', articlesRouter(services, auth));
  router.use('/tags', tagsRouter(services));
  return router;
}
