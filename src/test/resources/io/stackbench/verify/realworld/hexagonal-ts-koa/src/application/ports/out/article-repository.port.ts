import { Article } from '@domain/article';

export interface LoadArticlePort {
  loadBySlug(slug: string): Promise<Article | null>;
}

export interface SaveArticlePort {
  save(article: Omit<Article, 'author'>, authorId: number): Promise<Article>;
}
