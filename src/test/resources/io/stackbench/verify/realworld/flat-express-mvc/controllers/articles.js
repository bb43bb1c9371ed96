const { Article, User } = require('../models');

const slugify = (title) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');

exports.list = async (req, res) => {
  const limit = Number(req.query.limit) || 20;
  const offset = Number(req.query.offset) || 0;
  const { rows, count } = await Article.findAndCountAll({
    include: [{ model: User, as: 'author', attributes: ['username', 'bio', 'image'] }],
    order: [['createdAt', 'DESC']],
    limit,
    offset,
  });
  res.json({ articles: rows, articlesCount: count });
};

exports.show = async (req, res) => {
  const article = await Article.findOne({ where: { slug: req.params.slug }, include: [{ model: User, as: 'author' }] });
  if (!article) return res.status(404).json({ errors: { article: ['not found'] } });
  return res.json({ article });
};

exports.create = async (req, res) => {
  const { title, description, body, tagList } = req.body.article;
  const article = await Article.create({ slug: slugify(title), title, description, body, tagList, authorId: req.userId });
  res.status(201).json({ article });
};

exports.remove = async (req, res) => {
  await Article.destroy({ where: { slug: req.params.slug, authorId: req.userId } });
  res.status(204).end();
};
