import type { FastifyPluginAsync } from 'fastify';
import { RoomUnavailableError } from '../services/reservation-service.js';

interface BookBody { roomId: number; guest: string; checkIn: string; checkOut: string }

const reservations: FastifyPluginAsync = async (fastify) => {
  fastify.post<{ Body: BookBody }>('/reservations', async (request, reply) => {
    const { roomId, guest, checkIn, checkOut } = request.body;
    try {
      const created = await fastify.reservations.book(roomId, guest, new Date(checkIn), new Date(checkOut));
      return reply.code(201).send(created);
    } catch (err) {
      if (err instanceof RoomUnavailableError) return reply.conflict(err.message);
      throw err;
    }
  });
};

export default reservations;
