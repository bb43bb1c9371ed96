const { Sequelize } = require('sequelize');

const sequelize = new Sequelize(
  process.env.DATABASE_URL || 'postgres://conduit:conduit@localhost:5432/conduit',
  {
    dialect: 'postgres',
    logging: false,
  },
);

module.exports = sequelize;
