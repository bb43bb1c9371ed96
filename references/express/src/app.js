// Composition root: the database, then repositories, services and the Express app on top.
import express from 'express';
import { openDatabase } from './database.js';
import { ArticleRepository, CommentRepository, TagRepository, UserRepository } from './repositories/index.js';
import { apiRouter, errorHandler, notFound } from './routes/index.js';
import {
  ArticleService,
  CommentService,
  ProfileService,
  TagService,
  TokenIssuer,
  UserService,
} from './services/index.js';

export function buildServices(config) {
  const repositories = {
    users: new UserRepository(),
    articles: new ArticleRepository(),
    comments: new CommentRepository(),
    tags: new TagRepository(),
  };
  const tokens = new TokenIssuer(config.jwtSecret, config.jwtTtl);
  return {
    users: new UserService({ users: repositories.users, tokens }),
    profiles: new ProfileService(repositories),
    articles: new ArticleService(repositories),
    comments: new CommentService(repositories),
    tags: new TagService(repositories),
  };
}

export function buildApp(services) {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json());
  app.use('/api', apiRouter(services));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}

/** Opens the database (creating the schema), then returns the app and the connection. */
export async function createApp(config) {
  const sequelize = await openDatabase(config.databaseUrl);
  return { app: buildApp(buildServices(config)), sequelize };
}
