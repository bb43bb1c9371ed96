import { Article } from '../domain/article';
import { ArticleRepository } from '../domain/article-repository';

export class ArticleNotFoundError extends Error {}
export class DuplicateSlugError extends Error {}

export interface CreateArticleInput {
  title: string;
  description: string;
  body: string;
  tagList?: string[];
}

export class ArticleService {
  constructor(private readonly articles: ArticleRepository) {}

  async get(slug: string): Promise<Article> {
    const article = await this.articles.findBySlug(slug);
    if (!article) throw new ArticleNotFoundError(slug);
    return article;
  }

  list(limit = 20, offset = 0): Promise<Article[]> {
    return this.articles.findRecent(limit, offset);
  }

  async create(authorId: number, input: CreateArticleInput): Promise<Article> {
    const article = new Article(Article.slugify(input.title), input.title, input.description, input.body, authorId, input.tagList ?? []);
    if (!(await article.hasUniqueSlug())) throw new DuplicateSlugError(article.slug);
    return this.articles.save(article);
  }
}
