const { pool } = require('../db');
const { Episode } = require('../models/episode');

async function latest(limit) {
  return Episode.findAll({ order: [['publishedAt', 'DESC']], limit });
}

async function browse({ tag, maxMinutes }) {
  let sql = 'SELECT e.id, e.title, e.show_slug, e.duration_sec FROM episodes e';
  const params = [];
  if (tag) {
    params.push(tag);
    sql += ' JOIN episode_tags et ON et.episode_id = e.id JOIN tags t ON t.id = et.tag_id WHERE t.name = $1';
  }
  if (maxMinutes) {
    params.push(maxMinutes * 60);
    sql += (tag ? ' AND' : ' WHERE') + ` e.duration_sec <= $${params.length}`;
  }
  sql += ' ORDER BY e.published_at DESC LIMIT 50';
  const { rows } = await pool.query(sql, params);
  return rows;
}

module.exports = { latest, browse };
