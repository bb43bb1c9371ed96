import { Op } from 'sequelize';
import { Follow, User } from '../models/index.js';
import { translated } from './errors.js';

export class UserRepository {
  async findById(id) {
    return User.findByPk(id);
  }

  async findByUsername(username) {
    return User.findOne({ where: { username } });
  }

  async findByEmail(email) {
    return User.findOne({ where: { email } });
  }

  /** Whether another user than exceptId already holds the username or the email. */
  async taken({ username, email }, exceptId = null) {
    const result = { username: false, email: false };
    const holders = [];
    if (username !== undefined) holders.push({ username });
    if (email !== undefined) holders.push({ email });
    if (holders.length === 0) return result;
    const where = { [Op.or]: holders };
    if (exceptId !== null) where.id = { [Op.ne]: exceptId };
    for (const user of await User.findAll({ where, attributes: ['username', 'email'] })) {
      if (username !== undefined && user.username === username) result.username = true;
      if (email !== undefined && user.email === email) result.email = true;
    }
    return result;
  }

  async create({ username, email, passwordHash }) {
    return translated(() => User.create({ username, email, passwordHash, bio: null, image: null }));
  }

  async update(user, changes) {
    return translated(() => user.update(changes));
  }

  async isFollowing(followerId, followeeId) {
    return (await Follow.count({ where: { followerId, followeeId } })) > 0;
  }

  /** The ids among candidateIds that followerId follows. */
  async followedAmong(followerId, candidateIds) {
    const ids = [...new Set(candidateIds)];
    if (ids.length === 0) return new Set();
    const rows = await Follow.findAll({
      where: { followerId, followeeId: { [Op.in]: ids } },
      attributes: ['followeeId'],
    });
    return new Set(rows.map((row) => row.followeeId));
  }

  async followeeIds(followerId) {
    const rows = await Follow.findAll({ where: { followerId }, attributes: ['followeeId'] });
    return rows.map((row) => row.followeeId);
  }

  /** Idempotent: following twice leaves one row. */
  async follow(followerId, followeeId) {
    await translated(() => Follow.bulkCreate([{ followerId, followeeId }], { ignoreDuplicates: true }));
  }

  async unfollow(followerId, followeeId) {
    await Follow.destroy({ where: { followerId, followeeId } });
  }
}
