import type { FastifyPluginAsync } from 'fastify';

const rooms: FastifyPluginAsync = async (fastify) => {
  fastify.get<{ Querystring: { minBeds?: number } }>('/rooms', async (request) => {
    return fastify.prisma.room.findMany({
      where: { active: true, beds: { gte: request.query.minBeds ?? 1 } },
      orderBy: { number: 'asc' },
    });
  });

  fastify.get<{ Params: { id: string } }>('/rooms/:id', async (request, reply) => {
    const room = await fastify.prisma.room.findUnique({ where: { id: Number(request.params.id) } });
    return room ?? reply.notFound();
  });
};

export default rooms;
