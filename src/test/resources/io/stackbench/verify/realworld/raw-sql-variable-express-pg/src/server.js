const express = require('express');
const { sequelize } = require('./models');
const articleRoutes = require('./routes/articles');

const app = express();
app.use(express.json());
app.use('/api/articles', articleRoutes);

sequelize.authenticate().then(() => app.listen(process.env.PORT || 3000));
