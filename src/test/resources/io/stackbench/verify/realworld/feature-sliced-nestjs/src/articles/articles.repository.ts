import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Article } from './article.entity';

@Injectable()
export class ArticlesRepository {
  constructor(@InjectRepository(Article) private readonly repo: Repository<Article>) {}

  findBySlug(slug: string): Promise<Article | null> {
    return this.repo.findOne({ where: { slug } });
  }

  findPage(authorUsername: string | undefined, limit: number, offset: number): Promise<[Article[], number]> {
    return this.repo.findAndCount({
      where: authorUsername ? { author: { username: authorUsername } } : {},
      order: { createdAt: 'DESC' },
      take: limit,
      skip: offset,
    });
  }

  save(article: Partial<Article>): Promise<Article> {
    return this.repo.save(this.repo.create(article));
  }
}
