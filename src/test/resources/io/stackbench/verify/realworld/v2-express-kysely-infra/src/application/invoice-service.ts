import type { InvoiceRepository, InvoiceStatus } from './ports/invoice-repository.js';

export class InvoiceNotFoundError extends Error {}
export class InvalidTransitionError extends Error {}

const allowed: Record<InvoiceStatus, InvoiceStatus[]> = { draft: ['sent'], sent: ['paid'], paid: [] };

export class InvoiceService {
  constructor(private readonly invoices: InvoiceRepository) {}

  listForCustomer(customerId: number, status?: InvoiceStatus) {
    return this.invoices.listByCustomer(customerId, status);
  }

  async transition(id: number, next: InvoiceStatus) {
    const invoice = await this.invoices.findById(id);
    if (!invoice) throw new InvoiceNotFoundError(String(id));
    if (!allowed[invoice.status].includes(next)) throw new InvalidTransitionError(`${invoice.status} -> ${next}`);
    await this.invoices.updateStatus(id, next);
    return { ...invoice, status: next };
  }
}
