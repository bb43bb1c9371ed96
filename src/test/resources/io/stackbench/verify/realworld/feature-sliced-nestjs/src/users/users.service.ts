import { Injectable } from '@nestjs/common';
import { User } from './user.entity';
import { UsersRepository } from './users.repository';

export interface ProfileView {
  username: string;
  bio: string;
  image: string | null;
  following: boolean;
}

@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  findById(id: number): Promise<User | null> {
    return this.users.findById(id);
  }

  async getProfile(username: string): Promise<ProfileView | null> {
    const user = await this.users.findByUsername(username);
    return user ? { username: user.username, bio: user.bio, image: user.image, following: false } : null;
  }
}
