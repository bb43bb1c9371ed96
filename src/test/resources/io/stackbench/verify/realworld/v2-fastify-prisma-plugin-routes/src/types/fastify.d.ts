import type { PrismaClient } from '@prisma/client';
import type { ReservationService } from '../services/reservation-service.js';

declare module 'fastify' {
  interface FastifyInstance {
    prisma: PrismaClient;
    reservations: ReservationService;
  }
}
