const express = require('express');
const sequelize = require('./config/database');
const authRoutes = require('./routes/auth');

const app = express();
app.use(express.json());
app.use('/api/auth', authRoutes);

sequelize.sync().then(() => {
  app.listen(process.env.PORT || 5000, () => console.log('team-directory up'));
});
