const express = require('express');
const morgan = require('morgan');
const { sequelize } = require('./models');

const app = express();
app.use(morgan('dev'));
app.use(express.json());
app.use((req, res, next) => {
  req.userId = Number(req.get('X-User-Id')) || null;
  next();
});

app.use('/api/users', require('./routes/users'));
app.use('/api/articles', require('./routes/articles'));

sequelize.sync().then(() => {
  app.listen(process.env.PORT || 3000, () => console.log('Conduit listening'));
});
