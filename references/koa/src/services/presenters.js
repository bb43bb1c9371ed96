// The views the services return: plain objects in the contract's vocabulary.

export function profileOf(user, following) {
  return { username: user.username, bio: user.bio, image: user.image, following: Boolean(following) };
}
