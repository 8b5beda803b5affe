import { desc, eq } from 'drizzle-orm';
import { invoiceState, openBalance } from '../../../core';
import type { IpcOutput } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { invoices } from '../../db/schema';

/** Invoices shown per customer; the balance counts every unpaid one in the replica. */
export const INVOICES_SHOWN = 200;

/** A customer's invoices from the replica, newest first, each with its state at `now`, and the open balance. */
export function listCustomerInvoices(db: ReplicaDb, customerId: string, now: number): IpcOutput<'invoices.forCustomer'> {
  const rows = db.select().from(invoices).where(eq(invoices.customerId, customerId)).orderBy(desc(invoices.issuedAt), desc(invoices.id)).all();
  return {
    invoices: rows.slice(0, INVOICES_SHOWN).map((row) => ({ ...row, state: invoiceState(row, now) })),
    balance: openBalance(rows, now),
  };
}
