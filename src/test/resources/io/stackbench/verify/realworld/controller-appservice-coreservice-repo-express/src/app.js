const express = require('express');
const articlesController = require('./controllers/articles.controller');
const usersController = require('./controllers/users.controller');

const app = express();
app.use(express.json());

app.use('/api/users', usersController);
app.use('/api/articles', articlesController);

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ errors: { body: [err.message] } });
});

module.exports = app;
