// Entry point: builds the app and serves it until SIGTERM or SIGINT.
import { createApp } from './app.js';
import * as config from './config.js';

const { app, sequelize } = await createApp(config);

const server = app.listen(config.port, config.host, () => {
  console.log(`Conduit API listening on http://${config.host}:${config.port}/api`);
});
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});

function shutdown(signal) {
  console.log(`${signal}: shutting down`);
  server.close(() => {
    sequelize.close().finally(() => process.exit(0));
  });
  server.closeAllConnections();
  // Do not hang on a stuck connection.
  setTimeout(() => process.exit(0), 5000).unref();
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
