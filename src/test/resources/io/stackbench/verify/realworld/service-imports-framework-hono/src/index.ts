import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { db } from './db/client.js';
import { ArticleRepository } from './repositories/articles.js';
import { UserRepository } from './repositories/users.js';
import { articleRoutes } from './routes/articles.js';
import { profileRoutes } from './routes/profiles.js';
import { ArticleService } from './services/articles.js';
import { ProfileService } from './services/profiles.js';

const app = new Hono().basePath('/api');
app.route('/articles', articleRoutes(new ArticleService(new ArticleRepository(db))));
app.route('/profiles', profileRoutes(new ProfileService(new UserRepository(db))));

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
