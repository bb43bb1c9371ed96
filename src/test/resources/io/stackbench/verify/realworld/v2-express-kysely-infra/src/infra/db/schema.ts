import type { ColumnType, Generated, Selectable } from 'kysely';

export interface CustomerTable {
  id: Generated<number>;
  name: string;
  email: string;
}

export interface InvoiceTable {
  id: Generated<number>;
  customer_id: number;
  number: string;
  amount_cents: number;
  status: 'draft' | 'sent' | 'paid';
  issued_at: ColumnType<Date, string | undefined, never>;
}

export interface Database {
  customers: CustomerTable;
  invoices: InvoiceTable;
}

export type InvoiceRow = Selectable<InvoiceTable>;
