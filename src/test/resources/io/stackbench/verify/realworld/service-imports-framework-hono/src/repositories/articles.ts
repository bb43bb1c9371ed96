import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { articles, type Article, type NewArticle } from '../db/schema.js';

export class ArticleRepository {
  constructor(private readonly db: Db) {}

  async findBySlug(slug: string): Promise<Article | undefined> {
    const rows = await this.db.select().from(articles).where(eq(articles.slug, slug)).limit(1);
    return rows[0];
  }

  findRecent(limit: number, offset: number): Promise<Article[]> {
    return this.db.select().from(articles).orderBy(desc(articles.createdAt)).limit(limit).offset(offset);
  }

  async insert(values: NewArticle): Promise<Article> {
    const [row] = await this.db.insert(articles).values(values).returning();
    return row;
  }

  async deleteBySlug(slug: string): Promise<void> {
    await this.db.delete(articles).where(eq(articles.slug, slug));
  }
}
