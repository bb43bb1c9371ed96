import { Comment, User } from '../models/index.js';
import { guarded } from './errors.js';

// Ids are 32-bit integer columns; a larger id cannot exist (and must not reach the database).
const MAX_ID = 2 ** 31 - 1;

export class CommentRepository {
  create(fields, tx) {
    return guarded(() => Comment.create(fields, { transaction: tx }));
  }

  /** The article's comments, newest first. */
  forArticle(articleId) {
    return Comment.findAll({
      where: { articleId },
      include: [{ model: User, as: 'author' }],
      order: [
        ['createdAt', 'DESC'],
        ['id', 'DESC'],
      ],
    });
  }

  async inArticle(articleId, id, tx) {
    if (!Number.isSafeInteger(id) || id < 1 || id > MAX_ID) {
      return null;
    }
    return Comment.findOne({ where: { id, articleId }, transaction: tx });
  }

  async delete(comment, tx) {
    await comment.destroy({ transaction: tx });
  }
}
