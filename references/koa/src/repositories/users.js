import { Op } from 'sequelize';

import { Follow, User } from '../models/index.js';
import { guarded } from './errors.js';
import { userRecord } from './records.js';

export class UserRepository {
  async create({ username, email, passwordHash }) {
    const user = await guarded(() => User.create({ username, email, passwordHash }));
    return userRecord(user);
  }

  async findById(id) {
    return userRecord(await User.findByPk(id));
  }

  async findByUsername(username) {
    return userRecord(await User.findOne({ where: { username } }));
  }

  async findByEmail(email) {
    return userRecord(await User.findOne({ where: { email } }));
  }

  /** Applies the given column values; null when the user no longer exists. */
  async update(id, changes) {
    const user = await User.findByPk(id);
    if (!user) {
      return null;
    }
    await guarded(() => user.update(changes));
    return userRecord(user);
  }

  async isFollowing(followerId, followeeId) {
    return (await Follow.count({ where: { followerId, followeeId } })) > 0;
  }

  /** The ids among `userIds` that `followerId` follows. */
  async followedAmong(followerId, userIds) {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) {
      return new Set();
    }
    const rows = await Follow.findAll({
      where: { followerId, followeeId: { [Op.in]: ids } },
      attributes: ['followeeId'],
    });
    return new Set(rows.map((row) => row.followeeId));
  }

  async follow(followerId, followeeId) {
    // Following twice is a no-op, also when two requests race.
    await Follow.bulkCreate([{ followerId, followeeId }], { ignoreDuplicates: true });
  }

  async unfollow(followerId, followeeId) {
    await Follow.destroy({ where: { followerId, followeeId } });
  }
}
