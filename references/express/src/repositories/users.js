import { Op } from 'sequelize';
import { Follow, User } from '../models/index.js';
import { guardUnique } from './errors.js';

const plain = (row) => (row ? row.get({ plain: true }) : null);

export class UserRepository {
  async create({ username, email, passwordHash }) {
    return plain(await guardUnique(() => User.create({ username, email, passwordHash })));
  }

  async findById(id) {
    return plain(await User.findByPk(id));
  }

  async findByEmail(email) {
    return plain(await User.findOne({ where: { email } }));
  }

  async findByUsername(username) {
    return plain(await User.findOne({ where: { username } }));
  }

  /** Applies the changes and returns the updated user, or null when it no longer exists. */
  async update(id, changes) {
    await guardUnique(() => User.update(changes, { where: { id } }));
    return this.findById(id);
  }

  async follow(followerId, followeeId) {
    // A repeated follow is a no-op, even when two requests race.
    await Follow.bulkCreate([{ followerId, followeeId }], { ignoreDuplicates: true });
  }

  async unfollow(followerId, followeeId) {
    await Follow.destroy({ where: { followerId, followeeId } });
  }

  /** The ids among candidateIds that followerId follows. */
  async followedAmong(followerId, candidateIds) {
    const ids = [...new Set(candidateIds)];
    if (followerId == null || ids.length === 0) return new Set();
    const rows = await Follow.findAll({
      attributes: ['followeeId'],
      where: { followerId, followeeId: { [Op.in]: ids } },
      raw: true,
    });
    return new Set(rows.map((row) => row.followeeId));
  }
}
