// JSON bodies of the contract's responses, built from the services' views.

const iso = (date) => (date instanceof Date ? date : new Date(date)).toISOString();

export const user = (view) => ({ user: view });

export const profile = (view) => ({ profile: view });

function articleBody(view) {
  return { ...view, createdAt: iso(view.createdAt), updatedAt: iso(view.updatedAt) };
}

export const article = (view) => ({ article: articleBody(view) });

export const articles = (page) => ({ articles: page.articles.map(articleBody), articlesCount: page.articlesCount });

function commentBody(view) {
  return { ...view, createdAt: iso(view.createdAt), updatedAt: iso(view.updatedAt) };
}

export const comment = (view) => ({ comment: commentBody(view) });

export const comments = (views) => ({ comments: views.map(commentBody) });

export const tags = (names) => ({ tags: names });
