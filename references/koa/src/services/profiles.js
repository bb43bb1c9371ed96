import { AuthenticationError, NotFound } from './errors.js';
import { profileOf } from './presenters.js';

export class ProfileService {
  constructor(users) {
    this.users = users;
  }

  async get(username, viewerId) {
    const user = await this.#named(username);
    const following = viewerId !== undefined && (await this.users.isFollowing(viewerId, user.id));
    return profileOf(user, following);
  }

  async follow(username, followerId) {
    const followee = await this.#named(username);
    await this.#requireUser(followerId);
    await this.users.follow(followerId, followee.id);
    return profileOf(followee, true);
  }

  async unfollow(username, followerId) {
    const followee = await this.#named(username);
    await this.#requireUser(followerId);
    await this.users.unfollow(followerId, followee.id);
    return profileOf(followee, false);
  }

  async #named(username) {
    const user = await this.users.findByUsername(username);
    if (!user) {
      throw new NotFound('profile not found');
    }
    return user;
  }

  async #requireUser(userId) {
    if (!(await this.users.findById(userId))) {
      throw new AuthenticationError('user no longer exists');
    }
  }
}
