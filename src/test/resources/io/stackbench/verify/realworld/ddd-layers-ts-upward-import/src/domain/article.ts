import { TypeOrmArticleRepository } from '../infrastructure/persistence/typeorm-article.repository';

export class Article {
  constructor(
    public slug: string,
    public title: string,
    public description: string,
    public body: string,
    public authorId: number,
    public tagList: string[] = [],
    public id?: number,
  ) {}

  static slugify(title: string): string {
    return title.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');
  }

  // Shortcut added "temporarily": the entity asks the persistence layer directly.
  async hasUniqueSlug(): Promise<boolean> {
    const existing = await new TypeOrmArticleRepository().findBySlug(this.slug);
    return existing === null || existing.id === this.id;
  }
}
