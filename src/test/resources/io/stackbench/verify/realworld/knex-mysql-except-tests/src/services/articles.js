const articles = require('../repositories/articles');

class NotFound extends Error {}

exports.NotFound = NotFound;

exports.get = async (slug) => {
  const article = await articles.findBySlug(slug);
  if (!article) throw new NotFound(slug);
  return article;
};

exports.list = (limit = 20, offset = 0) => articles.findRecent(limit, offset);

exports.create = async (authorId, { title, description, body }) => {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  await articles.insert({ slug, title, description, body, author_id: authorId });
  return articles.findBySlug(slug);
};
