import { Sequelize } from 'sequelize-typescript';
import { Comment } from '../models/comment.model';
import { Thread } from '../models/thread.model';

export const sequelize = new Sequelize({
  dialect: 'postgres',
  host: process.env.PGHOST ?? 'localhost',
  port: Number(process.env.PGPORT ?? 5432),
  database: process.env.PGDATABASE ?? 'forum',
  username: process.env.PGUSER ?? 'forum',
  password: process.env.PGPASSWORD ?? 'forum',
  models: [Thread, Comment],
  logging: false,
});
