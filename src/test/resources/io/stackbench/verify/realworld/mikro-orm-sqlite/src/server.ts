import 'reflect-metadata';
import express from 'express';
import { MikroORM, RequestContext } from '@mikro-orm/sqlite';
import config from './mikro-orm.config';
import { ArticleRepository } from './modules/article/article.repository';
import { articleRoutes } from './modules/article/article.routes';
import { ArticleService } from './modules/article/article.service';

async function main() {
  const orm = await MikroORM.init(config);
  const app = express();
  app.use(express.json());
  app.use((req, res, next) => RequestContext.create(orm.em, next));
  app.use('/api/articles', articleRoutes(() => new ArticleService(new ArticleRepository(orm.em))));
  app.listen(Number(process.env.PORT) || 3000);
}

main();
