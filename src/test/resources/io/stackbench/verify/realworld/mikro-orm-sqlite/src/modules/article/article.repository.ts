import { EntityManager } from '@mikro-orm/sqlite';
import { User } from '../user/user.entity';
import { Article } from './article.entity';

export class ArticleRepository {
  constructor(private readonly em: EntityManager) {}

  findBySlug(slug: string): Promise<Article | null> {
    return this.em.findOne(Article, { slug }, { populate: ['author'] });
  }

  findPage(limit: number, offset: number): Promise<[Article[], number]> {
    return this.em.findAndCount(Article, {}, { orderBy: { createdAt: 'desc' }, limit, offset, populate: ['author'] });
  }

  async create(authorId: number, data: Pick<Article, 'slug' | 'title' | 'description' | 'body' | 'tagList'>): Promise<Article> {
    const article = this.em.create(Article, { ...data, author: this.em.getReference(User, authorId) });
    await this.em.persistAndFlush(article);
    return article;
  }
}
