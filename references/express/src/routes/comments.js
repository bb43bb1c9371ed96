import express from 'express';
import { wrapped } from './requests.js';
import * as json from './serializers.js';

/** GET and POST /articles/:slug/comments, DELETE /articles/:slug/comments/:id. */
export function commentsRouter({ comments }, auth) {
  // mergeParams: the slug is a parameter of the parent router's mount path.
  const router = express.Router({ mergeParams: true });

  router.get('/', auth.optional, async (req, res) => {
    res.json(json.comments(await comments.list(req.params.slug, req.auth.userId)));
  });

  router.post('/', auth.required, async (req, res) => {
    res.json(json.comment(await comments.add(req.params.slug, req.auth.userId, wrapped(req, 'comment'))));
  });

  router.delete('/:id', auth.required, async (req, res) => {
    const id = /^\d+$/.test(req.params.id) ? Number(req.params.id) : NaN;
    await comments.delete(req.params.slug, id, req.auth.userId);
    res.json({});
  });

  return router;
}
