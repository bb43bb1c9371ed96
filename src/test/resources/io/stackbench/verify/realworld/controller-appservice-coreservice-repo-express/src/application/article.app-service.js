const articleCore = require('../core/services/article.core-service');

function toArticleDto(article) {
  return {
    slug: article.slug,
    title: article.title,
    description: article.description,
    body: article.body,
    tagList: article.tagList,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    author: article.author ? { username: article.author.username, bio: article.author.bio, image: article.author.image } : null,
  };
}

async function listArticles(query) {
  const { rows, count } = await articleCore.listArticles({
    tag: query.tag, limit: Number(query.limit) || 20, offset: Number(query.offset) || 0,
  });
  return { articles: rows.map(toArticleDto), articlesCount: count };
}

async function getArticle(slug) {
  return { article: toArticleDto(await articleCore.getArticle(slug)) };
}

async function createArticle(currentUser, input) {
  const article = await articleCore.saveArticle(currentUser.id, input);
  return { article: toArticleDto(article) };
}

module.exports = { listArticles, getArticle, createArticle, ArticleNotFoundError: articleCore.ArticleNotFoundError };
