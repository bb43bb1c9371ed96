import { PrismaClient } from '@prisma/client';
import { Article } from '@domain/article';
import { LoadArticlePort, SaveArticlePort } from '@application/ports/out/article-repository.port';

const authorSelect = { select: { username: true, bio: true, image: true } } as const;

export class PrismaArticleRepository implements LoadArticlePort, SaveArticlePort {
  constructor(private readonly prisma: PrismaClient) {}

  async loadBySlug(slug: string): Promise<Article | null> {
    const row = await this.prisma.article.findUnique({ where: { slug }, include: { author: authorSelect } });
    return row ? new Article(row.slug, row.title, row.description, row.body, row.tagList, row.author, row.createdAt) : null;
  }

  async save(article: Omit<Article, 'author'>, authorId: number): Promise<Article> {
    const row = await this.prisma.article.create({
      data: {
        slug: article.slug, title: article.title, description: article.description,
        body: article.body, tagList: article.tagList, author: { connect: { id: authorId } },
      },
      include: { author: authorSelect },
    });
    return new Article(row.slug, row.title, row.description, row.body, row.tagList, row.author, row.createdAt);
  }
}
