import { ArticleTag, Tag } from '../models/index.js';

export class TagRepository {
  /** Names of the tags that at least one existing article carries, alphabetically. */
  async namesInUse() {
    const tags = await Tag.findAll({
      attributes: ['name'],
      include: [{ model: ArticleTag, as: 'links', attributes: [], required: true }],
      order: [['name', 'ASC']],
    });
    return [...new Set(tags.map((tag) => tag.name))];
  }
}
