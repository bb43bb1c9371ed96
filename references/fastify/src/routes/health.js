export default async function healthRoutes(app) {
  app.get('/health-check', async () => ({ status: 'ok' }));
}
