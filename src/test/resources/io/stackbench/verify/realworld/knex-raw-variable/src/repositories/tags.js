const { Tag } = require('../db/sequelize');
const pool = require('../db/pool');

async function allNames() {
  const tags = await Tag.findAll({ attributes: ['name'], order: [['name', 'ASC']] });
  return tags.map((tag) => tag.name);
}

async function popularNames(limit) {
  const sql = 'SELECT t.name, COUNT(at.article_id) AS uses '
    + 'FROM tags t JOIN article_tags at ON at.tag_id = t.id '
    + 'GROUP BY t.name ORDER BY uses DESC LIMIT $1';
  const { rows } = await pool.query(sql, [limit]);
  return rows.map((row) => row.name);
}

module.exports = { allNames, popularNames };
