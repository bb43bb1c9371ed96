import express from 'express';
import { commentsRouter } from './comments.js';
import { queryInt, queryString, wrapped } from './requests.js';
import * as json from './serializers.js';

const paging = (req) => ({ limit: queryInt(req, 'limit'), offset: queryInt(req, 'offset') });

/** /articles: list, feed, create, read, update, delete, favorites, and the comments below. */
export function articlesRouter(services, auth) {
  const { articles } = services;
  const router = express.Router();

  router.get('/', auth.optional, async (req, res) => {
    const filters = {
      tag: queryString(req, 'tag'),
      author: queryString(req, 'author'),
      favorited: queryString(req, 'favorited'),
    };
    res.json(json.articles(await articles.list(req.auth.userId, { ...filters, ...paging(req) })));
  });

  // Before '/:slug', which would otherwise take "feed" for a slug.
  router.get('/feed', auth.required, async (req, res) => {
    res.json(json.articles(await articles.feed(req.auth.userId, paging(req))));
  });

  router.post('/', auth.required, async (req, res) => {
    res.status(201).json(json.article(await articles.create(req.auth.userId, wrapped(req, 'article'))));
  });

  router.get('/:slug', auth.optional, async (req, res) => {
    res.json(json.article(await articles.get(req.params.slug, req.auth.userId)));
  });

  router.put('/:slug', auth.required, async (req, res) => {
    res.json(json.article(await articles.update(req.params.slug, req.auth.userId, wrapped(req, 'article'))));
  });

  router.delete('/:slug', auth.required, async (req, res) => {
    await articles.delete(req.params.slug, req.auth.userId);
    res.json({});
  });

  router.post('/:slug/favorite', auth.required, async (req, res) => {
    res.json(json.article(await articles.favorite(req.params.slug, req.auth.userId)));
  });

  router.delete('/:slug/favorite', auth.required, async (req, res) => {
    res.json(json.article(await articles.unfavorite(req.params.slug, req.auth.userId)));
  });

  router.use('/:slug/comments', commentsRouter(services, auth));

  return router;
}
