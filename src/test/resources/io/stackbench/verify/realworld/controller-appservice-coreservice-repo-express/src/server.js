const app = require('./app');
const { sequelize } = require('./db/schema');

const port = process.env.PORT || 3000;

sequelize.authenticate().then(() => {
  app.listen(port, () => console.log(`Conduit API listening on ${port}`));
});
