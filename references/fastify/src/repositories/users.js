import { Follow, User } from '../models/index.js';
import { guarded } from './errors.js';

export class UserRepository {
  create(fields, tx) {
    return guarded(() => User.create(fields, { transaction: tx }));
  }

  update(user, changes, tx) {
    return guarded(() => user.update(changes, { transaction: tx }));
  }

  byId(id, tx) {
    return User.findByPk(id, { transaction: tx });
  }

  byUsername(username, tx) {
    return User.findOne({ where: { username }, transaction: tx });
  }

  byEmail(email, tx) {
    return User.findOne({ where: { email }, transaction: tx });
  }

  async isFollowing(followerId, followeeId) {
    return (await Follow.count({ where: { followerId, followeeId } })) > 0;
  }

  /** Which of the candidate users the follower follows, as a Set of ids. */
  async followedAmong(followerId, candidateIds) {
    const ids = [...new Set(candidateIds)];
    if (ids.length === 0) {
      return new Set();
    }
    const rows = await Follow.findAll({ attributes: ['followeeId'], where: { followerId, followeeId: ids } });
    return new Set(rows.map((row) => row.followeeId));
  }

  async follow(followerId, followeeId, tx) {
    // Idempotent: following twice keeps the one row (the pair is the primary key).
    await guarded(() => Follow.bulkCreate([{ followerId, followeeId }], { ignoreDuplicates: true, transaction: tx }));
  }

  async unfollow(followerId, followeeId, tx) {
    await Follow.destroy({ where: { followerId, followeeId }, transaction: tx });
  }
}
