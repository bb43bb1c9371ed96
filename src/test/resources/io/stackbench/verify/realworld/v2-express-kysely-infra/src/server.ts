import express from 'express';
import { InvoiceService } from './application/invoice-service.js';
import { InvoiceController } from './http/controllers/invoice-controller.js';
import { buildRouter } from './http/router.js';
import { createDatabase } from './infra/db/database.js';
import { KyselyInvoiceRepository } from './infra/db/repositories/kysely-invoice-repository.js';

const db = createDatabase();
const service = new InvoiceService(new KyselyInvoiceRepository(db));

const app = express();
app.use(express.json());
app.use('/api', buildRouter(new InvoiceController(service)));
app.listen(Number(process.env.PORT ?? 8080));
