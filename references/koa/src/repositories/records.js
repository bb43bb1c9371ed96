// Plain records handed to the services, so no ORM instance leaves this layer.

export function userRecord(user) {
  if (!user) {
    return null;
  }
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    passwordHash: user.passwordHash,
    bio: user.bio ?? null,
    image: user.image ?? null,
  };
}

export function articleRecord(article, tagList) {
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    description: article.description,
    body: article.body,
    tagList,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    authorId: article.authorId,
    author: userRecord(article.author),
  };
}

export function commentRecord(comment) {
  return {
    id: comment.id,
    body: comment.body,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
    articleId: comment.articleId,
    authorId: comment.authorId,
    author: userRecord(comment.author),
  };
}
