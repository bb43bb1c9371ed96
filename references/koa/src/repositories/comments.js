import { Comment, User } from '../models/index.js';
import { commentRecord } from './records.js';

const withAuthor = [{ model: User, as: 'author' }];

export class CommentRepository {
  async create({ body, articleId, authorId }) {
    const comment = await Comment.create({ body, articleId, authorId });
    return this.findInArticle(articleId, comment.id);
  }

  async findInArticle(articleId, commentId) {
    const comment = await Comment.findOne({ where: { id: commentId, articleId }, include: withAuthor });
    return comment ? commentRecord(comment) : null;
  }

  /** The article's comments, newest first. */
  async listForArticle(articleId) {
    const comments = await Comment.findAll({
      where: { articleId },
      include: withAuthor,
      order: [
        ['createdAt', 'DESC'],
        ['id', 'DESC'],
      ],
    });
    return comments.map(commentRecord);
  }

  async delete(commentId) {
    await Comment.destroy({ where: { id: commentId } });
  }
}
