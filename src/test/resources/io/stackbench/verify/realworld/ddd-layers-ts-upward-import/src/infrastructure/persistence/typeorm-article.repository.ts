import { Article } from '../../domain/article';
import { ArticleRepository } from '../../domain/article-repository';
import { AppDataSource } from '../data-source';
import { ArticleRecord } from './article.record';

const toDomain = (r: ArticleRecord): Article =>
  new Article(r.slug, r.title, r.description, r.body, r.authorId, r.tagList, r.id);

export class TypeOrmArticleRepository implements ArticleRepository {
  private readonly repo = AppDataSource.getRepository(ArticleRecord);

  async findBySlug(slug: string): Promise<Article | null> {
    const record = await this.repo.findOneBy({ slug });
    return record ? toDomain(record) : null;
  }

  async findRecent(limit: number, offset: number): Promise<Article[]> {
    const records = await this.repo.find({ order: { createdAt: 'DESC' }, take: limit, skip: offset });
    return records.map(toDomain);
  }

  async save(article: Article): Promise<Article> {
    const saved = await this.repo.save(this.repo.create({ ...article }));
    return toDomain(saved);
  }
}
