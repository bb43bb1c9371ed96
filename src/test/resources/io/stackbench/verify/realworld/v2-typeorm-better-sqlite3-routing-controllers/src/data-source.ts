import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Note } from './entities/Note';
import { Notebook } from './entities/Notebook';

export const AppDataSource = new DataSource({
  type: 'better-sqlite3',
  database: process.env.NOTES_DB ?? 'fieldnotes.sqlite',
  entities: [Note, Notebook],
  migrations: ['src/migrations/*.ts'],
  synchronize: false,
});
