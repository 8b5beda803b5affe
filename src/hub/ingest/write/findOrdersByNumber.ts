
import type { HubTx } from '../../store/openStore';
import { orders } from '../../store/schema';
import { anyOf } from '../../store/anyOf';

/** Numbers bound per IN list. */
const chunk = 1_000;

/** The known orders with these numbers (id and customer), in one query per thousand numbers. */
export async function findOrdersByNumber(tx: HubTx, numbers: readonly string[]): Promise<Map<string, { id: string; customerId: string }>> {
  const unique = [...new Set(numbers)];
  const found = new Map<string, { id: string; customerId: string }>();
  for (let i = 0; i < unique.length; i += chunk) {
    const rows = await tx.select({ id: orders.id, number: orders.number, customerId: orders.customerId }).from(orders).where(anyOf(orders.number, unique.slice(i, i + chunk)));
    for (const r of rows) found.set(r.number, { id: r.id, customerId: r.customerId });
  }
  return found;
}
