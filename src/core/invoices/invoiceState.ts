import type { InvoiceRow } from '../domain/invoiceRow';

/** What an agent sees: the stored status, except an unpaid invoice past its due date is `overdue`. */
export type InvoiceState = 'open' | 'partially_paid' | 'overdue' | 'paid' | 'void';

/** Still owed something (open or partly paid), whatever the due date. */
export function invoiceIsUnpaid(row: Pick<InvoiceRow, 'status'>): boolean {
  return row.status === 'open' || row.status === 'partially_paid';
}

/** The one place "overdue" is decided: unpaid and due before `now`. */
export function invoiceState(row: Pick<InvoiceRow, 'status' | 'dueAt'>, now: number): InvoiceState {
  if (invoiceIsUnpaid(row) && row.dueAt < now) return 'overdue';
  return row.status;
}
