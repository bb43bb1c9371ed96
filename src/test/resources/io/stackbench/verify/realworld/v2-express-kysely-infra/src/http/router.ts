import { Router } from 'express';
import type { InvoiceController } from './controllers/invoice-controller.js';

export function buildRouter(invoices: InvoiceController): Router {
  const router = Router();
  router.get('/customers/:customerId/invoices', invoices.list);
  router.post('/invoices/:id/status', invoices.transition);
  return router;
}
