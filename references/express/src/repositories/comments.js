import { Comment } from '../models/index.js';

const plain = (row) => (row ? row.get({ plain: true }) : null);

export class CommentRepository {
  async create({ body, articleId, authorId }) {
    const comment = await Comment.create({ body, articleId, authorId });
    return this.findInArticle(articleId, comment.id);
  }

  /** The article's comments with their authors, oldest first. */
  async listForArticle(articleId) {
    const rows = await Comment.findAll({
      where: { articleId },
      include: [{ association: 'author' }],
      order: [
        ['createdAt', 'ASC'],
        ['id', 'ASC'],
      ],
    });
    return rows.map(plain);
  }

  async findInArticle(articleId, id) {
    return plain(await Comment.findOne({ where: { id, articleId }, include: [{ association: 'author' }] }));
  }

  async delete(id) {
    await Comment.destroy({ where: { id } });
  }
}
