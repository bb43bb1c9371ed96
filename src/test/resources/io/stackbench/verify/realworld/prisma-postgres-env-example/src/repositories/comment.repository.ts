import { PrismaClient } from '@prisma/client';

export class CommentRepository {
  constructor(private readonly prisma: PrismaClient) {}

  forArticle(slug: string) {
    return this.prisma.comment.findMany({
      where: { article: { slug } },
      orderBy: { createdAt: 'desc' },
      include: { author: { select: { username: true, bio: true, image: true } } },
    });
  }

  add(slug: string, authorId: number, body: string) {
    return this.prisma.comment.create({
      data: { body, article: { connect: { slug } }, author: { connect: { id: authorId } } },
    });
  }

  remove(id: number, authorId: number) {
    return this.prisma.comment.deleteMany({ where: { id, authorId } });
  }
}
