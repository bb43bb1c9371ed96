import { NotFoundError } from './errors.js';
import { profileView } from './views.js';

export class ProfileService {
  constructor({ users }) {
    this.users = users;
  }

  async get(username, viewerId) {
    const user = await this.existing(username);
    const followed = await this.users.followedAmong(viewerId, [user.id]);
    return profileView(user, followed.has(user.id));
  }

  async follow(username, followerId) {
    const user = await this.existing(username);
    await this.users.follow(followerId, user.id);
    return profileView(user, true);
  }

  async unfollow(username, followerId) {
    const user = await this.existing(username);
    await this.users.unfollow(followerId, user.id);
    return profileView(user, false);
  }

  async existing(username) {
    const user = await this.users.findByUsername(username);
    if (!user) throw new NotFoundError('profile not found');
    return user;
  }
}
