import { Article } from '@domain/article';

export interface CreateArticleCommand {
  authorId: number;
  title: string;
  description: string;
  body: string;
  tagList: string[];
}

export interface GetArticleQuery {
  getBySlug(slug: string): Promise<Article | null>;
}

export interface CreateArticleUseCase {
  create(command: CreateArticleCommand): Promise<Article>;
}
