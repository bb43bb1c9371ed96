const express = require('express');
const { sequelize } = require('./db/sequelize');
const tagRoutes = require('./routes/tags');

const app = express();
app.use('/api/tags', tagRoutes);

sequelize.authenticate().then(() => app.listen(process.env.PORT || 3000));
