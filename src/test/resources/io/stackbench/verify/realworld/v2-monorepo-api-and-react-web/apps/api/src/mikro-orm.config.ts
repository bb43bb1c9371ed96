import { defineConfig } from '@mikro-orm/postgresql';
import { Project } from './entities/Project';
import { TimeEntry } from './entities/TimeEntry';

export default defineConfig({
  clientUrl: process.env.DATABASE_URL ?? 'postgresql://timesheets:timesheets@localhost:5432/timesheets',
  entities: [Project, TimeEntry],
  debug: process.env.NODE_ENV !== 'production',
});
