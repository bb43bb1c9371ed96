import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { logger } from 'hono/logger';
import { db } from './db/client';
import { bookmarkHandlers } from './handlers/bookmarks';
import { BookmarkRepository } from './repositories/bookmark-repository';
import { ListBookmarks } from './usecases/list-bookmarks';
import { SaveBookmark } from './usecases/save-bookmark';

const repo = new BookmarkRepository(db);
const app = new Hono();
app.use(logger());
app.route('/bookmarks', bookmarkHandlers({ list: new ListBookmarks(repo), save: new SaveBookmark(repo) }));

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8787) });
