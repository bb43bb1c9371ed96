const slugify = require('slugify');
const articleRepository = require('../../repositories/article.repository');

class ArticleNotFoundError extends Error {}

async function uniqueSlug(title) {
  const base = slugify(title, { lower: true, strict: true });
  const existing = await articleRepository.findBySlug(base);
  return existing ? `${base}-${Date.now().toString(36)}` : base;
}

async function getArticle(slug) {
  const article = await articleRepository.findBySlug(slug);
  if (!article) throw new ArticleNotFoundError(slug);
  return article;
}

async function saveArticle(authorId, { title, description, body, tagList = [] }) {
  const slug = await uniqueSlug(title);
  return articleRepository.create({ slug, title, description, body, tagList: [...new Set(tagList)], authorId });
}

module.exports = { ArticleNotFoundError, getArticle, saveArticle, listArticles: articleRepository.findAll };
