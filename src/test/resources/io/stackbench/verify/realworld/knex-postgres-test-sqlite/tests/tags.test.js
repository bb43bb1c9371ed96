const request = require('supertest');
const db = require('../src/data/knex');
const app = require('../src/index');

beforeAll(async () => {
  await db.migrate.latest();
  await db('tags').insert([{ name: 'dragons' }, { name: 'angular' }]);
});

afterAll(() => db.destroy());

test('GET /api/tags lists tags alphabetically', async () => {
  const res = await request(app).get('/api/tags');
  expect(res.body.tags).toEqual(['angular', 'dragons']);
});
