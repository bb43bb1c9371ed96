const { Article, Comment, User } = require('../models');

const withAuthor = { model: User, as: 'author', attributes: ['username', 'bio', 'image'] };

exports.findArticle = (slug) => Article.findOne({ where: { slug }, include: [withAuthor] });

exports.listArticles = ({ limit = 20, offset = 0 }) => Article.findAndCountAll({
  include: [withAuthor], order: [['createdAt', 'DESC']], limit, offset,
});

exports.commentsFor = async (slug) => {
  const article = await Article.findOne({ where: { slug } });
  if (!article) return null;
  return Comment.findAll({ where: { articleId: article.id }, include: [withAuthor], order: [['createdAt', 'DESC']] });
};
