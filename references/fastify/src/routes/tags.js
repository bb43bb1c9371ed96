import { responses } from './schemas.js';

export default async function tagRoutes(app, { services }) {
  app.get('/tags', { schema: { response: { 200: responses.tags } } }, async () => ({ tags: await services.tags.list() }));
}
