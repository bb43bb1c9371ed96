const express = require('express');
const { sequelize } = require('./models');
const articlesRouter = require('./routes/articles');

const app = express();
app.use(express.json());
app.use('/api/articles', articlesRouter);

sequelize.authenticate().then(() => app.listen(process.env.PORT || 3000));

module.exports = app;
