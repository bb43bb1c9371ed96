import express from 'express';
import * as json from './serializers.js';

/** GET /tags. */
export function tagsRouter({ tags }) {
  const router = express.Router();

  router.get('/', async (req, res) => {
    res.json(json.tags(await tags.list()));
  });

  return router;
}
