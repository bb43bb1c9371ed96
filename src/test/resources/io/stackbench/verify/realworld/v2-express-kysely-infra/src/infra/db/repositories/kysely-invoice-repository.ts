import type { Kysely } from 'kysely';
import type { Invoice, InvoiceRepository, InvoiceStatus } from '../../../application/ports/invoice-repository.js';
import type { Database, InvoiceRow } from '../schema.js';

const toInvoice = (row: InvoiceRow): Invoice => ({
  id: row.id,
  customerId: row.customer_id,
  number: row.number,
  amountCents: row.amount_cents,
  status: row.status,
});

export class KyselyInvoiceRepository implements InvoiceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: number) {
    const row = await this.db.selectFrom('invoices').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toInvoice(row);
  }

  async listByCustomer(customerId: number, status?: InvoiceStatus) {
    let query = this.db.selectFrom('invoices').selectAll().where('customer_id', '=', customerId);
    if (status) query = query.where('status', '=', status);
    const rows = await query.orderBy('issued_at', 'desc').execute();
    return rows.map(toInvoice);
  }

  async updateStatus(id: number, status: InvoiceStatus) {
    await this.db.updateTable('invoices').set({ status }).where('id', '=', id).execute();
  }
}
