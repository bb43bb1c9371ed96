import { Op } from 'sequelize';
import { ArticleTag, Tag } from '../models/index.js';

export class TagRepository {
  /** Names of the tags at least one existing article carries, alphabetically. */
  async namesInUse() {
    const used = await ArticleTag.findAll({ attributes: ['tagId'], group: ['tagId'] });
    if (used.length === 0) return [];
    const tags = await Tag.findAll({
      where: { id: { [Op.in]: used.map((row) => row.tagId) } },
      attributes: ['name'],
      order: [['name', 'ASC']],
    });
    return tags.map((tag) => tag.name);
  }
}
