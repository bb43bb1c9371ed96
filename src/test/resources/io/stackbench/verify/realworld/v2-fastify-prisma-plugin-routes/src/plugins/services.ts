import fp from 'fastify-plugin';
import { ReservationRepository } from '../repositories/reservation-repository.js';
import { ReservationService } from '../services/reservation-service.js';

// Wiring: builds the service graph once the prisma plugin has been registered.
export default fp(async (fastify) => {
  fastify.decorate('reservations', new ReservationService(new ReservationRepository(fastify.prisma)));
}, { dependencies: ['prisma'] });
