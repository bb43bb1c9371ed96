import express from 'express';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import config from './mikro-orm.config';
import { TimeEntryRepository } from './repositories/timeEntryRepository';
import { timesheetRoutes } from './routes/timesheets';
import { TimesheetService } from './services/timesheetService';

const orm = await MikroORM.init(config);
const app = express();
app.use(express.json());
app.use((_req, _res, next) => RequestContext.create(orm.em, next));
app.use('/api/timesheets', timesheetRoutes(() => new TimesheetService(new TimeEntryRepository(orm.em.fork()))));
app.listen(Number(process.env.PORT ?? 4000));
