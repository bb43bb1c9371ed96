import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ArticleRecord } from './persistence/article.record';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL ?? 'postgres://conduit:conduit@localhost:5432/conduit',
  entities: [ArticleRecord],
  migrations: ['dist/infrastructure/migrations/*.js'],
  synchronize: false,
});
