import { AuthenticationError, NotFound } from './errors.js';
import { profileView } from './views.js';

export class ProfileService {
  #users;
  #uow;

  constructor({ users, uow }) {
    this.#users = users;
    this.#uow = uow;
  }

  async get(username, viewerId) {
    const user = await this.#named(username);
    const following = viewerId != null && (await this.#users.isFollowing(viewerId, user.id));
    return profileView(user, following);
  }

  async follow(username, followerId) {
    const followee = await this.#uow.run(async (tx) => {
      const user = await this.#named(username, tx);
      await this.#caller(followerId, tx);
      await this.#users.follow(followerId, user.id, tx);
      return user;
    });
    return profileView(followee, true);
  }

  async unfollow(username, followerId) {
    const followee = await this.#uow.run(async (tx) => {
      const user = await this.#named(username, tx);
      await this.#caller(followerId, tx);
      await this.#users.unfollow(followerId, user.id, tx);
      return user;
    });
    return profileView(followee, false);
  }

  async #named(username, tx) {
    const user = await this.#users.byUsername(username, tx);
    if (user === null) {
      throw new NotFound('profile not found');
    }
    return user;
  }

  async #caller(userId, tx) {
    if ((await this.#users.byId(userId, tx)) === null) {
      throw new AuthenticationError('the user of this token no longer exists');
    }
  }
}
