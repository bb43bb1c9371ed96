import express from 'express';

/** GET /health-check: answers once the app is built, which is after the schema exists. */
export function healthRouter() {
  const router = express.Router();
  router.get('/health-check', (req, res) => {
    res.json({ status: 'ok' });
  });
  return router;
}
