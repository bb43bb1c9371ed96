import 'tsconfig-paths/register';
import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import { articleRoutes } from '@adapters/in/http/article.routes';
import { prisma } from '@adapters/out/persistence/prisma-client';
import { PrismaArticleRepository } from '@adapters/out/persistence/prisma-article.repository';
import { ArticleService } from '@application/services/article.service';

const repository = new PrismaArticleRepository(prisma);
const articleService = new ArticleService(repository, repository);

const app = new Koa();
app.use(bodyParser());
app.use(async (ctx, next) => {
  ctx.state.user = { id: Number(ctx.get('x-user-id') || 0) };
  await next();
});
const router = articleRoutes(articleService, articleService);
app.use(router.routes()).use(router.allowedMethods());

app.listen(Number(process.env.PORT ?? 3000));
