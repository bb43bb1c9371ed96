import Fastify from 'fastify';
import sensible from '@fastify/sensible';
import prismaPlugin from './plugins/prisma.js';
import servicesPlugin from './plugins/services.js';
import reservations from './routes/reservations.js';
import rooms from './routes/rooms.js';

const app = Fastify({ logger: true });
await app.register(sensible);
await app.register(prismaPlugin);
await app.register(servicesPlugin);
await app.register(reservations, { prefix: '/api' });
await app.register(rooms, { prefix: '/api' });
await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
