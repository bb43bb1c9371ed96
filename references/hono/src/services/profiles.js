import { NotFound, ValidationError } from './errors.js';
import { writeWithRetry } from './retry.js';
import { profileView } from './views.js';

/** Profiles and following; `following` is relative to the caller (false when anonymous). */
export class ProfileService {
  constructor(users) {
    this.users = users;
  }

  async get(username, viewerId) {
    const user = await this.#named(username);
    const following = viewerId != null && (await this.users.isFollowing(viewerId, user.id));
    return profileView(user, following);
  }

  async follow(username, viewerId) {
    const followee = await this.#named(username);
    if (followee.id === viewerId) throw new ValidationError({ username: ['cannot follow yourself'] });
    await writeWithRetry(() => this.users.follow(viewerId, followee.id));
    return profileView(followee, true);
  }

  async unfollow(username, viewerId) {
    const followee = await this.#named(username);
    await this.users.unfollow(viewerId, followee.id);
    return profileView(followee, false);
  }

  async #named(username) {
    const user = await this.users.findByUsername(username);
    if (!user) throw new NotFound('profile not found');
    return user;
  }
}
