import type { HubDb, HubTx } from '../store/openStore';
import { invoices } from '../store/schema';
import { anyOf } from '../store/anyOf';

/** Numbers bound per IN list. */
const chunk = 1_000;

/** The ids of the known invoices with these numbers, one query per thousand numbers. */
export async function findInvoicesByNumber(db: HubDb | HubTx, numbers: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(numbers)];
  const found = new Map<string, string>();
  for (let i = 0; i < unique.length; i += chunk) {
    const rows = await (db as HubTx).select({ id: invoices.id, number: invoices.number }).from(invoices).where(anyOf(invoices.number, unique.slice(i, i + chunk)));
    for (const r of rows) found.set(r.number, r.id);
  }
  return found;
}
