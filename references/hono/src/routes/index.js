// HTTP layer: one sub-app per resource, mounted by the app factory.
export { articlesRoutes, favoritesRoutes } from './articles.js';
export { authentication } from './auth.js';
export { commentsRoutes } from './comments.js';
export { handleError, handleNotFound } from './errors.js';
export { healthRoutes } from './health.js';
export { profilesRoutes } from './profiles.js';
export { tagsRoutes } from './tags.js';
export { currentUserRoutes, usersRoutes } from './users.js';
