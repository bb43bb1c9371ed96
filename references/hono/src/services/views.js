// The shapes the API returns, built from entities. Dates become ISO 8601 strings in UTC.

function iso(date) {
  return new Date(date).toISOString();
}

export function userView(user, token) {
  return { email: user.email, token, username: user.username, bio: user.bio ?? null, image: user.image ?? null };
}

export function profileView(user, following) {
  return { username: user.username, bio: user.bio ?? null, image: user.image ?? null, following };
}

export function articleView(article, { favorited, favoritesCount, following }) {
  return {
    slug: article.slug,
    title: article.title,
    description: article.description,
    body: article.body,
    tagList: (article.tags ?? []).map((tag) => tag.name).sort(),
    createdAt: iso(article.createdAt),
    updatedAt: iso(article.updatedAt),
    favorited,
    favoritesCount,
    author: profileView(article.author, following),
  };
}

export function commentView(comment, following) {
  return {
    id: comment.id,
    createdAt: iso(comment.createdAt),
    updatedAt: iso(comment.updatedAt),
    body: comment.body,
    author: profileView(comment.author, following),
  };
}
