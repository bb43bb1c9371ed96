import 'reflect-metadata';
import express from 'express';
import { ArticleService } from './application/article.service';
import { AppDataSource } from './infrastructure/data-source';
import { TypeOrmArticleRepository } from './infrastructure/persistence/typeorm-article.repository';
import { articlesRouter } from './presentation/articles.controller';

async function bootstrap(): Promise<void> {
  await AppDataSource.initialize();
  const app = express();
  app.use(express.json());
  app.use('/api/articles', articlesRouter(new ArticleService(new TypeOrmArticleRepository())));
  app.listen(Number(process.env.PORT ?? 3000));
}

bootstrap();
