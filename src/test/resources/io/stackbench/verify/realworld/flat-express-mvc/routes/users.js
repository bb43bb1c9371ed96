const express = require('express');
const users = require('../controllers/users');

const router = express.Router();

router.post('/', users.register);
router.post('/login', users.login);

module.exports = router;
