import 'reflect-metadata';
import { createExpressServer, useContainer } from 'routing-controllers';
import { Container } from 'typedi';
import { NoteController } from './controllers/NoteController';
import { AppDataSource } from './data-source';

useContainer(Container);

AppDataSource.initialize().then(() => {
  const app = createExpressServer({ controllers: [NoteController], routePrefix: '/api' });
  app.listen(Number(process.env.PORT ?? 3000));
});
