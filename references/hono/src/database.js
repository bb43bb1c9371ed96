// Connection setup and schema creation; run once by the server at start.
import { Sequelize } from 'sequelize';
import { initModels } from './models/index.js';

/** Connects to the task's database, binds the models and creates missing tables. */
export async function openDatabase(url) {
  const sequelize = new Sequelize(url, { logging: false });
  initModels(sequelize);
  await sequelize.authenticate();
  await sequelize.sync();
  return sequelize;
}
