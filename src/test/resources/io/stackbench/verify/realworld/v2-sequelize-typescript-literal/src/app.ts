import 'reflect-metadata';
import express from 'express';
import { threadController } from './controllers/thread.controller';
import { sequelize } from './db/sequelize';

const app = express();
app.use(express.json());
app.use('/threads', threadController);

sequelize.authenticate().then(() => app.listen(process.env.PORT ?? 3000));
