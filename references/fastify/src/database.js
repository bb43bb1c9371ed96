// Connection and schema: the models are bound to one Sequelize instance and their tables are
// created (if missing) before the server accepts requests.
import { Sequelize, Transaction } from 'sequelize';

import { defineModels } from './models/index.js';

export async function openDatabase(url, log) {
  const sequelize = new Sequelize(url, {
    logging: false,
    // A transaction takes its write lock when it begins, so concurrent write transactions wait
    // for each other instead of deadlocking on a file-level lock (row-locking engines ignore it).
    transactionType: Transaction.TYPES.IMMEDIATE,
  });
  defineModels(sequelize);
  await sequelize.authenticate();
  await sequelize.sync();
  log.info('database schema is ready');
  return sequelize;
}
