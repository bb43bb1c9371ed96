// Entry point: starts the API on 0.0.0.0:8080 and stops cleanly on SIGTERM/SIGINT.
import { createApp } from './app.js';
import { host, port } from './config.js';

const { app, sequelize } = await createApp();

const server = app.listen(port, host, () => {
  console.log(`Conduit (Koa) listening on http://${host}:${port}/api`);
});

function shutdown(signal) {
  console.log(`${signal} received, shutting down`);
  server.close(() => {
    sequelize.close().finally(() => process.exit(0));
  });
  server.closeAllConnections();
  // Whatever still hangs after a few seconds is cut short.
  setTimeout(() => process.exit(0), 3000).unref();
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
