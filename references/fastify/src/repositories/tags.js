import { Article, Tag } from '../models/index.js';
import { guarded } from './errors.js';

export class TagRepository {
  /** The tags with these names, creating the missing ones (concurrent creators are ignored). */
  async getOrCreate(names, tx) {
    if (names.length === 0) {
      return [];
    }
    await guarded(() =>
      Tag.bulkCreate(
        names.map((name) => ({ name })),
        { ignoreDuplicates: true, transaction: tx },
      ),
    );
    return Tag.findAll({ where: { name: names }, transaction: tx });
  }

  /** Names of the tags that at least one existing article carries, sorted. */
  async namesInUse() {
    const tags = await Tag.findAll({
      attributes: ['id', 'name'],
      include: [{ model: Article, as: 'articles', attributes: [], through: { attributes: [] }, required: true }],
      order: [['name', 'ASC']],
    });
    return [...new Set(tags.map((tag) => tag.name))];
  }
}
