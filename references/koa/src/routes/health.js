import Router from '@koa/router';

export function healthRoutes() {
  const router = new Router({ prefix: '/api' });
  router.get('/health-check', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  return router;
}
