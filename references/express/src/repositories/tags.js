import { Tag } from '../models/index.js';

export class TagRepository {
  /** Names of the tags at least one article uses, alphabetically, each once. */
  async namesInUse() {
    const tags = await Tag.findAll({
      attributes: ['id', 'name'],
      include: [{ association: 'links', attributes: [], required: true }],
      order: [['name', 'ASC']],
    });
    return [...new Set(tags.map((tag) => tag.name))];
  }
}
