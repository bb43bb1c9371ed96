import express from 'express';
import { AppDataSource } from './data-source';
import { ticketRouter } from './routes/tickets';

AppDataSource.initialize()
  .then(() => {
    const app = express();
    app.use(express.json());
    app.use('/tickets', ticketRouter);
    app.listen(3000);
  })
  .catch((err) => console.error('TypeORM init failed', err));
