import type { Request, Response } from 'express';
import { z } from 'zod';
import type { InvoiceStatus } from '../../application/ports/invoice-repository.js';
import { InvalidTransitionError, InvoiceNotFoundError, type InvoiceService } from '../../application/invoice-service.js';

const statusSchema = z.enum(['draft', 'sent', 'paid']);

export class InvoiceController {
  constructor(private readonly service: InvoiceService) {}

  list = async (req: Request, res: Response) => {
    const status = req.query.status ? (statusSchema.parse(req.query.status) as InvoiceStatus) : undefined;
    res.json(await this.service.listForCustomer(Number(req.params.customerId), status));
  };

  transition = async (req: Request, res: Response) => {
    try {
      res.json(await this.service.transition(Number(req.params.id), statusSchema.parse(req.body.status)));
    } catch (err) {
      if (err instanceof InvoiceNotFoundError) return res.status(404).json({ error: 'invoice not found' });
      if (err instanceof InvalidTransitionError) return res.status(409).json({ error: err.message });
      throw err;
    }
  };
}
