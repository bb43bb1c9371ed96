const articles = require('../repositories/articles');

class NotFoundError extends Error {}

async function get(slug) {
  const article = await articles.findBySlug(slug);
  if (!article) throw new NotFoundError(slug);
  return article;
}

async function byAuthor(authorId, { limit, offset }) {
  const rows = await articles.findByAuthor(Number(authorId), limit, offset);
  return { articles: rows, articlesCount: rows.length };
}

module.exports = { NotFoundError, get, byAuthor };
