// The connection and the schema: the models are bound to one Sequelize instance, and the tables
// they declare are created at start when they do not exist yet.
import { Sequelize } from 'sequelize';
import { defineModels } from './models/index.js';

export async function openDatabase(url) {
  const sequelize = new Sequelize(url, { logging: false });
  await sequelize.authenticate();
  defineModels(sequelize);
  await sequelize.sync();
  return sequelize;
}
