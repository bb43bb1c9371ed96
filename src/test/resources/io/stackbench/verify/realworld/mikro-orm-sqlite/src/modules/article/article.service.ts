import { ArticleRepository } from './article.repository';

export interface NewArticle {
  title: string;
  description: string;
  body: string;
  tagList?: string[];
}

export class ArticleService {
  constructor(private readonly articles: ArticleRepository) {}

  get(slug: string) {
    return this.articles.findBySlug(slug);
  }

  async list(limit = 20, offset = 0) {
    const [articles, articlesCount] = await this.articles.findPage(limit, offset);
    return { articles, articlesCount };
  }

  create(authorId: number, input: NewArticle) {
    const slug = `${input.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}`;
    return this.articles.create(authorId, { ...input, slug, tagList: input.tagList ?? [] });
  }
}
