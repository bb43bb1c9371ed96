// What the use cases hand back: plain objects, detached from the ORM's instances.

export function userView(user, token) {
  return { email: user.email, token, username: user.username, bio: user.bio ?? null, image: user.image ?? null };
}

export function profileView(user, following) {
  return { username: user.username, bio: user.bio ?? null, image: user.image ?? null, following };
}

export function commentView(comment, author, following) {
  return {
    id: comment.id,
    body: comment.body,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
    author: profileView(author, following),
  };
}
