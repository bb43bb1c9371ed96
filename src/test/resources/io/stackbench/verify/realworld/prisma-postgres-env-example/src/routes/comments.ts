import { FastifyInstance } from 'fastify';
import { CommentService } from '../services/comment.service';

export function commentRoutes(service: CommentService) {
  return async (app: FastifyInstance) => {
    app.get<{ Params: { slug: string } }>('/articles/:slug/comments', async (req) => service.list(req.params.slug));

    app.post<{ Params: { slug: string }; Body: { comment: { body: string } } }>('/articles/:slug/comments', async (req, reply) => {
      const userId = Number(req.headers['x-user-id']);
      reply.code(201);
      return service.add(req.params.slug, userId, req.body.comment.body);
    });

    app.delete<{ Params: { slug: string; id: string } }>('/articles/:slug/comments/:id', async (req, reply) => {
      const ok = await service.remove(Number(req.params.id), Number(req.headers['x-user-id']));
      return reply.code(ok ? 204 : 404).send();
    });
  };
}
