import { Hono } from 'hono';

/** /api/health-check: answers once the schema exists, since the server listens only then. */
export function healthRoutes() {
  const app = new Hono();
  app.get('/', (c) => c.json({ status: 'ok' }));
  return app;
}
