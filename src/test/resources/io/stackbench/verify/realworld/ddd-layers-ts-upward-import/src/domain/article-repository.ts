import { Article } from './article';

export interface ArticleRepository {
  findBySlug(slug: string): Promise<Article | null>;
  findRecent(limit: number, offset: number): Promise<Article[]>;
  save(article: Article): Promise<Article>;
}
