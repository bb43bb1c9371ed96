const express = require('express');
const db = require('./models');

const app = express();
app.use(express.json());
app.use('/api/articles', require('./routes/articles'));

db.sequelize.authenticate().then(() => {
  app.listen(process.env.PORT || 3000, () => console.log('Conduit up'));
});

module.exports = app;
