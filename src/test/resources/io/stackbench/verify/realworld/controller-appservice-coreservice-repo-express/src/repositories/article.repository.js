const { Op } = require('sequelize');
const { Article, User } = require('../db/schema');

const authorInclude = { model: User, as: 'author', attributes: ['username', 'bio', 'image'] };

async function findBySlug(slug) {
  return Article.findOne({ where: { slug }, include: [authorInclude] });
}

async function findAll({ tag, limit = 20, offset = 0 }) {
  const where = tag ? { tagList: { [Op.contains]: [tag] } } : {};
  return Article.findAndCountAll({
    where, include: [authorInclude], order: [['createdAt', 'DESC']], limit, offset,
  });
}

async function create(data) {
  return Article.create(data);
}

async function removeBySlug(slug) {
  return Article.destroy({ where: { slug } });
}

module.exports = { findBySlug, findAll, create, removeBySlug };
