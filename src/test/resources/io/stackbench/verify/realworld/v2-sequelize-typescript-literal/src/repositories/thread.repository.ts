import { Op } from 'sequelize';
import { Sequelize } from 'sequelize-typescript';
import { Thread } from '../models/thread.model';

export const threadRepository = {
  listWithCommentCounts(limit: number, includeLocked: boolean) {
    return Thread.findAll({
      attributes: {
        include: [
          [Sequelize.literal('(SELECT COUNT(*) FROM comments WHERE comments.thread_id = "Thread"."id")'), 'commentCount'],
        ],
      },
      where: includeLocked ? {} : { locked: { [Op.eq]: false } },
      order: [['createdAt', 'DESC']],
      limit,
    });
  },

  findById(id: number) {
    return Thread.findByPk(id);
  },

  lock(thread: Thread) {
    return thread.update({ locked: true });
  },
};
