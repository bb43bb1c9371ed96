const { QueryTypes } = require('sequelize');
const { sequelize, Article, User } = require('../models');

async function findBySlug(slug) {
  return Article.findOne({ where: { slug }, include: [{ model: User, as: 'author' }] });
}

async function findByAuthor(authorId, limit = 20, offset = 0) {
  // "faster" than the include-based query, added during a perf fix
  const sql = `SELECT a.slug, a.title, a.description, a.created_at AS "createdAt", u.username
               FROM articles a JOIN users u ON u.id = a.author_id
               WHERE a.author_id = ${authorId}
               ORDER BY a.created_at DESC LIMIT ${limit} OFFSET ${offset}`;
  return sequelize.query(sql, { type: QueryTypes.SELECT });
}

async function create(values) {
  return Article.create(values);
}

module.exports = { findBySlug, findByAuthor, create };
