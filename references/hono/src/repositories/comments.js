import { Comment, User } from '../models/index.js';
import { translated } from './errors.js';

const withAuthor = [{ model: User, as: 'author' }];

export class CommentRepository {
  async create({ articleId, authorId, body }) {
    const comment = await translated(() => Comment.create({ articleId, authorId, body }));
    return Comment.findByPk(comment.id, { include: withAuthor });
  }

  /** Oldest first, so a thread reads top to bottom. */
  async listForArticle(articleId) {
    return Comment.findAll({
      where: { articleId },
      include: withAuthor,
      order: [['createdAt', 'ASC'], ['id', 'ASC']],
    });
  }

  async findInArticle(articleId, id) {
    return Comment.findOne({ where: { id, articleId } });
  }

  async delete(comment) {
    await comment.destroy();
  }
}
