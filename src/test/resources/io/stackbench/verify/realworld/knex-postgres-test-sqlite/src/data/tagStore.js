const db = require('./knex');

async function allTagNames() {
  const rows = await db('tags').select('name').orderBy('name');
  return rows.map((row) => row.name);
}

async function popularTagNames(limit) {
  const rows = await db('tags')
    .join('article_tags', 'article_tags.tag_id', 'tags.id')
    .select('tags.name')
    .count({ uses: 'article_tags.article_id' })
    .groupBy('tags.name')
    .orderBy('uses', 'desc')
    .limit(limit);
  return rows.map((row) => row.name);
}

module.exports = { allTagNames, popularTagNames };
