import type { InvoiceRow } from '../domain/invoiceRow';
import { invoiceIsUnpaid, invoiceState } from './invoiceState';

/** What a customer owes in one currency, in minor units. */
export interface CurrencyBalance {
  currency: string;
  /** Unpaid amount of open and partly paid invoices. */
  dueMinor: number;
  /** The part of `dueMinor` that is past its due date. */
  overdueMinor: number;
  /** Unpaid invoices counted in `dueMinor`. */
  invoices: number;
}

/** Open balance per currency (largest first); paid and void invoices owe nothing, currencies never mix. */
export function openBalance(rows: readonly Pick<InvoiceRow, 'status' | 'dueAt' | 'currency' | 'amountMinor' | 'paidMinor'>[], now: number): CurrencyBalance[] {
  const by = new Map<string, CurrencyBalance>();
  for (const row of rows) {
    if (!invoiceIsUnpaid(row)) continue;
    const owed = Math.max(0, row.amountMinor - row.paidMinor);
    const balance = by.get(row.currency) ?? { currency: row.currency, dueMinor: 0, overdueMinor: 0, invoices: 0 };
    balance.dueMinor += owed;
    if (invoiceState(row, now) === 'overdue') balance.overdueMinor += owed;
    balance.invoices += 1;
    by.set(row.currency, balance);
  }
  return [...by.values()].sort((a, b) => b.dueMinor - a.dueMinor || a.currency.localeCompare(b.currency));
}
