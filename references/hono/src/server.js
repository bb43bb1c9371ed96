// Entry point: creates the schema, then serves the app on 0.0.0.0:PORT (8080 unless set).
import { serve } from '@hono/node-server';
import { createApp, buildServices } from './app.js';
import { DATABASE_URL, JWT_SECRET, JWT_TTL_SECONDS, PORT } from './config.js';
import { openDatabase } from './database.js';

const database = await openDatabase(DATABASE_URL);
const app = createApp(buildServices({ jwtSecret: JWT_SECRET, jwtTtlSeconds: JWT_TTL_SECONDS }));

const server = serve({ fetch: app.fetch, port: PORT, hostname: '0.0.0.0' }, (info) => {
  console.log(`Conduit (Hono) listening on http://${info.address}:${info.port}/api`);
});

let stopping = false;
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received, shutting down`);
  server.close(() => {
    database.close().finally(() => process.exit(0));
  });
  // Keep-alive connections can hold close() open; do not outlive the harness's patience.
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
