// HTTP layer: one Fastify plugin per resource group, plus authentication, body parsing and errors.
import articleRoutes from './articles.js';
import commentRoutes from './comments.js';
import healthRoutes from './health.js';
import profileRoutes from './profiles.js';
import tagRoutes from './tags.js';
import userRoutes from './users.js';

export { default as authentication } from './auth.js';
export { errorHandler, notFoundHandler } from './errors.js';
export { default as jsonBodies } from './json-bodies.js';
export { sharedSchemas } from './schemas.js';

export const resourceRoutes = [healthRoutes, userRoutes, profileRoutes, articleRoutes, commentRoutes, tagRoutes];
