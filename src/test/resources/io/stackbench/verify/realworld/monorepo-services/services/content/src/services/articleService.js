const { slugify } = require('@conduit/shared');
const articleRepository = require('../repositories/articleRepository');

class NotFoundError extends Error {}

async function getArticle(slug) {
  const article = await articleRepository.findBySlug(slug);
  if (!article) throw new NotFoundError(`article ${slug} not found`);
  return article;
}

async function listArticles({ limit = 20, offset = 0 } = {}) {
  const { rows, count } = await articleRepository.findPage({ limit, offset });
  return { articles: rows, articlesCount: count };
}

async function createArticle(authorUsername, { title, description, body, tagList = [] }) {
  return articleRepository.create({ slug: slugify(title), title, description, body, tagList, authorUsername });
}

module.exports = { NotFoundError, getArticle, listArticles, createArticle };
