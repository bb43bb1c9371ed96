import express from 'express';
import { wrapped } from './requests.js';
import * as json from './serializers.js';

/** POST /users, POST /users/login, GET /user, PUT /user. */
export function usersRouter({ users }, auth) {
  const router = express.Router();

  router.post('/users', async (req, res) => {
    res.status(201).json(json.user(await users.register(wrapped(req, 'user'))));
  });

  router.post('/users/login', async (req, res) => {
    res.json(json.user(await users.login(wrapped(req, 'user'))));
  });

  router.get('/user', auth.required, async (req, res) => {
    res.json(json.user(await users.current(req.auth.userId)));
  });

  router.put('/user', auth.required, async (req, res) => {
    res.json(json.user(await users.update(req.auth.userId, wrapped(req, 'user'))));
  });

  return router;
}
