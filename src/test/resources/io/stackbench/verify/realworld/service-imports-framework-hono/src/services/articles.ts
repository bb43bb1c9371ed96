import { HTTPException } from 'hono/http-exception';
import type { Article } from '../db/schema.js';
import type { ArticleRepository } from '../repositories/articles.js';

export interface CreateArticleInput {
  title: string;
  description: string;
  body: string;
}

export class ArticleService {
  constructor(private readonly articles: ArticleRepository) {}

  async get(slug: string): Promise<Article> {
    const article = await this.articles.findBySlug(slug);
    if (!article) {
      throw new HTTPException(404, { message: 'Article not found' });
    }
    return article;
  }

  list(limit = 20, offset = 0): Promise<Article[]> {
    return this.articles.findRecent(limit, offset);
  }

  async create(authorId: number, input: CreateArticleInput): Promise<Article> {
    const slug = input.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');
    if (await this.articles.findBySlug(slug)) {
      throw new HTTPException(422, { message: 'slug has already been taken' });
    }
    return this.articles.insert({ ...input, slug, authorId });
  }

  async remove(slug: string, userId: number): Promise<void> {
    const article = await this.get(slug);
    if (article.authorId !== userId) throw new HTTPException(403, { message: 'Forbidden' });
    await this.articles.deleteBySlug(slug);
  }
}
