import 'dotenv/config';
import Fastify from 'fastify';
import { PrismaClient } from '@prisma/client';
import { CommentRepository } from './repositories/comment.repository';
import { commentRoutes } from './routes/comments';
import { CommentService } from './services/comment.service';

const prisma = new PrismaClient();
const app = Fastify({ logger: true });

app.register(commentRoutes(new CommentService(new CommentRepository(prisma))), { prefix: '/api' });
app.addHook('onClose', async () => prisma.$disconnect());

app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
