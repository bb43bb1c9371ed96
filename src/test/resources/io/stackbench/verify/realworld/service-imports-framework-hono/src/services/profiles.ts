import type { UserRepository } from '../repositories/users.js';

export class ProfileNotFoundError extends Error {}

export class ProfileService {
  constructor(private readonly users: UserRepository) {}

  async get(username: string) {
    const user = await this.users.findByUsername(username);
    if (!user) throw new ProfileNotFoundError(username);
    return { username: user.username, bio: user.bio, image: user.image, following: false };
  }
}
