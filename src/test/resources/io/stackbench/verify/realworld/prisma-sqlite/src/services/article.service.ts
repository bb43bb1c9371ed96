import prisma from '../lib/prisma';

const authorSelect = { select: { username: true, bio: true, image: true } };

export async function listArticles(limit = 20, offset = 0) {
  const [articles, articlesCount] = await prisma.$transaction([
    prisma.article.findMany({ orderBy: { createdAt: 'desc' }, take: limit, skip: offset, include: { author: authorSelect } }),
    prisma.article.count(),
  ]);
  return { articles, articlesCount };
}

export function getArticle(slug: string) {
  return prisma.article.findUnique({ where: { slug }, include: { author: authorSelect } });
}

export function createArticle(authorId: number, input: { title: string; description: string; body: string }) {
  const slug = input.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return prisma.article.create({
    data: { ...input, slug, author: { connect: { id: authorId } } },
    include: { author: authorSelect },
  });
}
