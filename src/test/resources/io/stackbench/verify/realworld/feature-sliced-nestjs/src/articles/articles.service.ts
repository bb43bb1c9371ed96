import { Injectable } from '@nestjs/common';
import { UsersService } from '../users/users.service';
import { Article } from './article.entity';
import { ArticlesRepository } from './articles.repository';

export interface CreateArticleDto {
  title: string;
  description: string;
  body: string;
  tagList?: string[];
}

@Injectable()
export class ArticlesService {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly users: UsersService,
  ) {}

  findOne(slug: string): Promise<Article | null> {
    return this.articles.findBySlug(slug);
  }

  async findAll(query: { author?: string; limit?: number; offset?: number }) {
    const [articles, articlesCount] = await this.articles.findPage(query.author, query.limit ?? 20, query.offset ?? 0);
    return { articles, articlesCount };
  }

  async create(userId: number, dto: CreateArticleDto): Promise<Article | null> {
    const author = await this.users.findById(userId);
    if (!author) return null;
    const slug = `${dto.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}`;
    return this.articles.save({ ...dto, slug, tagList: dto.tagList ?? [], author });
  }
}
