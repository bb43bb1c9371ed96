const { Article } = require('../models');

module.exports = {
  findBySlug: (slug) => Article.findOne({ where: { slug } }),
  findPage: ({ limit, offset }) => Article.findAndCountAll({ order: [['createdAt', 'DESC']], limit, offset }),
  create: (values) => Article.create(values),
};
