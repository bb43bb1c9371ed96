import Router from '@koa/router';
import { CreateArticleUseCase, GetArticleQuery } from '@application/ports/in/article-use-cases';

export function articleRoutes(getArticle: GetArticleQuery, createArticle: CreateArticleUseCase): Router {
  const router = new Router({ prefix: '/api/articles' });

  router.get('/:slug', async (ctx) => {
    const article = await getArticle.getBySlug(ctx.params.slug);
    if (!article) {
      ctx.status = 404;
      ctx.body = { errors: { article: ['not found'] } };
      return;
    }
    ctx.body = { article };
  });

  router.post('/', async (ctx) => {
    const input = (ctx.request.body as { article: { title: string; description: string; body: string; tagList?: string[] } }).article;
    const article = await createArticle.create({ authorId: ctx.state.user.id, ...input, tagList: input.tagList ?? [] });
    ctx.status = 201;
    ctx.body = { article };
  });

  return router;
}
