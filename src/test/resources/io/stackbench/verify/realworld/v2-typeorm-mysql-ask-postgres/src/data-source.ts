import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Ticket } from './entity/Ticket';

export const AppDataSource = new DataSource({
  type: 'mysql',
  host: process.env.DB_HOST ?? 'localhost',
  port: Number(process.env.DB_PORT ?? 3306),
  username: process.env.DB_USER ?? 'helpdesk',
  password: process.env.DB_PASSWORD ?? 'helpdesk',
  database: process.env.DB_NAME ?? 'helpdesk',
  entities: [Ticket],
  synchronize: false,
  logging: false,
});
