// The shapes the services hand to the web layer: plain objects, dates still Date objects.

export function profileView(user, following) {
  return { username: user.username, bio: user.bio ?? null, image: user.image ?? null, following: Boolean(following) };
}

export function userView(user, token) {
  return { email: user.email, token, username: user.username, bio: user.bio ?? null, image: user.image ?? null };
}
