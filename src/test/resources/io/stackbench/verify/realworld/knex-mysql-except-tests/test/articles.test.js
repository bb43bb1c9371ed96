const request = require('supertest');
const { expect } = require('chai');
const db = require('../src/db');
const app = require('../src/server');

describe('GET /api/articles', () => {
  before(() => db.migrate.latest());
  after(() => db.destroy());

  it('returns an empty list on a fresh sqlite database', async () => {
    const res = await request(app).get('/api/articles');
    expect(res.status).to.equal(200);
    expect(res.body.articles).to.deep.equal([]);
  });
});
