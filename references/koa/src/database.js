// Connection and schema: one Sequelize instance for the process, tables created at start.
import { Sequelize } from 'sequelize';

import { initModels } from './models/index.js';

export async function openDatabase(url) {
  const sequelize = new Sequelize(url, { logging: false });
  initModels(sequelize);
  await sequelize.authenticate();
  // Creates missing tables (and their indexes); existing tables are left as they are.
  await sequelize.sync();
  return sequelize;
}
