export type InvoiceStatus = 'draft' | 'sent' | 'paid';

export interface Invoice {
  id: number;
  customerId: number;
  number: string;
  amountCents: number;
  status: InvoiceStatus;
}

export interface InvoiceRepository {
  findById(id: number): Promise<Invoice | undefined>;
  listByCustomer(customerId: number, status?: InvoiceStatus): Promise<Invoice[]>;
  updateStatus(id: number, status: InvoiceStatus): Promise<void>;
}
