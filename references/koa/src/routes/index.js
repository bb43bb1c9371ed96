// Mounts every resource group's router (all under /api) on a Koa app.
import { articleRoutes } from './articles.js';
import { authentication } from './auth.js';
import { commentRoutes } from './comments.js';
import { errorHandler } from './errors.js';
import { healthRoutes } from './health.js';
import { profileRoutes } from './profiles.js';
import { tagRoutes } from './tags.js';
import { userRoutes } from './users.js';

export { errorHandler };

export function mountRoutes(app, services) {
  const auth = authentication(services.users);
  const routers = [
    healthRoutes(),
    userRoutes(services, auth),
    profileRoutes(services, auth),
    articleRoutes(services, auth),
    commentRoutes(services, auth),
    tagRoutes(services),
  ];
  for (const router of routers) {
    app.use(router.routes()).use(router.allowedMethods());
  }
}
