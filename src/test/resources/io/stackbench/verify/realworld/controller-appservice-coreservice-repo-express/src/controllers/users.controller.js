const express = require('express');
const userService = require('../application/user.app-service');

const router = express.Router();

router.post('/', async (req, res, next) => {
  try {
    res.status(201).json(await userService.registerUser(req.body.user));
  } catch (err) {
    next(err);
  }
});

router.post('/login', async (req, res, next) => {
  try {
    res.json(await userService.loginUser(req.body.user));
  } catch (err) {
    if (err instanceof userService.InvalidCredentialsError) {
      return res.status(422).json({ errors: { 'email or password': ['is invalid'] } });
    }
    return next(err);
  }
});

module.exports = router;
