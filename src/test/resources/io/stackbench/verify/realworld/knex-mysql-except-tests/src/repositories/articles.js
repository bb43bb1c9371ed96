const db = require('../db');

const columns = ['articles.slug', 'articles.title', 'articles.description', 'articles.body',
  'articles.created_at as createdAt', 'users.username as authorUsername'];

exports.findBySlug = (slug) => db('articles')
  .join('users', 'users.id', 'articles.author_id')
  .select(columns)
  .where('articles.slug', slug)
  .first();

exports.findRecent = (limit, offset) => db('articles')
  .join('users', 'users.id', 'articles.author_id')
  .select(columns)
  .orderBy('articles.created_at', 'desc')
  .limit(limit)
  .offset(offset);

exports.insert = async (article) => {
  const [id] = await db('articles').insert(article);
  return id;
};
