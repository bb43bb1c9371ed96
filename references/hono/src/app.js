// Composition root: repositories -> services -> the Hono app with its route groups.
import { Hono } from 'hono';
import { logger } from 'hono/logger';
import { ArticleRepository, CommentRepository, TagRepository, UserRepository } from './repositories/index.js';
import {
  articlesRoutes,
  authentication,
  commentsRoutes,
  currentUserRoutes,
  favoritesRoutes,
  handleError,
  handleNotFound,
  healthRoutes,
  profilesRoutes,
  tagsRoutes,
  usersRoutes,
} from './routes/index.js';
import { ArticleService, CommentService, ProfileService, TagService, TokenService, UserService } from './services/index.js';

export function buildServices({ jwtSecret, jwtTtlSeconds }) {
  const users = new UserRepository();
  const articles = new ArticleRepository();
  const comments = new CommentRepository();
  const tags = new TagRepository();
  return {
    users: new UserService(users, new TokenService(jwtSecret, jwtTtlSeconds)),
    profiles: new ProfileService(users),
    articles: new ArticleService(articles, users),
    comments: new CommentService(comments, articles, users),
    tags: new TagService(tags),
  };
}

export function createApp(services) {
  const app = new Hono({ strict: false });
  const auth = authentication(services.users);

  app.use(logger());
  app.route('/api/health-check', healthRoutes());
  app.route('/api/users', usersRoutes(services));
  app.route('/api/user', currentUserRoutes(services, auth));
  app.route('/api/profiles', profilesRoutes(services, auth));
  app.route('/api/articles/:slug/comments', commentsRoutes(services, auth));
  app.route('/api/articles/:slug/favorite', favoritesRoutes(services, auth));
  app.route('/api/articles', articlesRoutes(services, auth));
  app.route('/api/tags', tagsRoutes(services));

  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}
