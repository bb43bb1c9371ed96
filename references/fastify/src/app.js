// Composition root: database, repositories, services, then the Fastify app with its plugins.
import Fastify from 'fastify';

import { openDatabase } from './database.js';
import { ArticleRepository, CommentRepository, TagRepository, UnitOfWork, UserRepository } from './repositories/index.js';
import {
  authentication,
  errorHandler,
  jsonBodies,
  notFoundHandler,
  resourceRoutes,
  sharedSchemas,
} from './routes/index.js';
import { ArticleService, CommentService, ProfileService, TagService, TokenIssuer, UserService } from './services/index.js';

const API_PREFIX = '/api';

export function buildServices(sequelize, config) {
  const users = new UserRepository();
  const articles = new ArticleRepository();
  const tags = new TagRepository();
  const comments = new CommentRepository();
  const uow = new UnitOfWork(sequelize);
  const tokens = new TokenIssuer({ secret: config.jwtSecret, ttlSeconds: config.jwtTtlSeconds });
  return {
    users: new UserService({ users, tokens, uow }),
    profiles: new ProfileService({ users, uow }),
    articles: new ArticleService({ articles, users, tags, uow }),
    comments: new CommentService({ comments, articles, users, uow }),
    tags: new TagService({ tags }),
  };
}

export async function buildApp(config) {
  const app = Fastify({
    logger: { level: config.logLevel },
    routerOptions: { ignoreTrailingSlash: true },
    // Report every invalid field of a body at once, not only the first.
    ajv: { customOptions: { allErrors: true } },
  });
  const sequelize = await openDatabase(config.databaseUrl, app.log);
  app.addHook('onClose', async () => sequelize.close());

  const services = buildServices(sequelize, config);
  for (const schema of sharedSchemas) {
    app.addSchema(schema);
  }
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  await app.register(jsonBodies);
  await app.register(authentication, { users: services.users });
  for (const routes of resourceRoutes) {
    await app.register(routes, { prefix: API_PREFIX, services });
  }
  return app;
}
