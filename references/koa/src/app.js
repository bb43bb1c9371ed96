// Composition root: database, repositories, services, then the Koa app that serves them.
import { bodyParser } from '@koa/bodyparser';
import Koa from 'koa';

import { databaseUrl, jwtSecret, jwtTtlSeconds } from './config.js';
import { openDatabase } from './database.js';
import { ArticleRepository, CommentRepository, TagRepository, UserRepository } from './repositories/index.js';
import { errorHandler, mountRoutes } from './routes/index.js';
import {
  ArticleService,
  CommentService,
  ProfileService,
  TagService,
  TokenIssuer,
  UserService,
} from './services/index.js';

export function buildServices() {
  const users = new UserRepository();
  const articles = new ArticleRepository();
  const comments = new CommentRepository();
  const tags = new TagRepository();
  const tokens = new TokenIssuer(jwtSecret, jwtTtlSeconds);
  return {
    users: new UserService(users, tokens),
    profiles: new ProfileService(users),
    articles: new ArticleService(articles, users),
    comments: new CommentService(comments, articles, users),
    tags: new TagService(tags),
  };
}

/** Opens the database (creating the schema) and returns the app with the Sequelize instance. */
export async function createApp({ url = databaseUrl } = {}) {
  const sequelize = await openDatabase(url);
  const app = new Koa();
  app.use(errorHandler);
  app.use(bodyParser({ enableTypes: ['json'], detectJSON: () => true }));
  mountRoutes(app, buildServices());
  app.on('error', (error, ctx) => {
    console.error(`${ctx?.method ?? ''} ${ctx?.path ?? ''} failed:`, error);
  });
  return { app, sequelize };
}
