import express from 'express';
import * as json from './serializers.js';

/** GET /profiles/:username, POST and DELETE /profiles/:username/follow. */
export function profilesRouter({ profiles }, auth) {
  const router = express.Router();

  router.get('/:username', auth.optional, async (req, res) => {
    res.json(json.profile(await profiles.get(req.params.username, req.auth.userId)));
  });

  router.post('/:username/follow', auth.required, async (req, res) => {
    res.json(json.profile(await profiles.follow(req.params.username, req.auth.userId)));
  });

  router.delete('/:username/follow', auth.required, async (req, res) => {
    res.json(json.profile(await profiles.unfollow(req.params.username, req.auth.userId)));
  });

  return router;
}
