import { eq } from 'drizzle-orm';
import { entityRowSchemas, tenantScope, uuidv7, type OrderRow } from '../../../core';
import type { OrderUpsertPayload } from '../../../core/ingest';
import type { HubContext } from '../../HubContext';
import { loadRow } from '../../store/rowStore';
import { orders } from '../../store/schema';
import { resolveCustomerRef } from './resolveCustomerRef';
import { runIngestWrite, type IngestWorkFn } from './runIngestWrite';

/** ERP/WMS order upsert by order number; the id and creation time of a known order are kept. */
export function upsertOrder(ctx: HubContext, p: OrderUpsertPayload): Promise<{ orderId: string; created: boolean }> {
  return runIngestWrite(ctx, orderUpsertWork(p));
}

/** The order upsert as ingest work, to run alone or inside a batch's transaction. */
export function orderUpsertWork(p: OrderUpsertPayload): IngestWorkFn<{ orderId: string; created: boolean }> {
  return async (tx, now) => {
    const [known] = await tx.select({ id: orders.id }).from(orders).where(eq(orders.number, p.number));
    const existing = known ? await loadRow(tx, 'orders', known.id) : undefined;
    const customer = await resolveCustomerRef(tx, p.customer, now);
    const total = p.total ?? Math.round(p.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0) * 100) / 100;
    const row: OrderRow = entityRowSchemas.orders.parse({
      id: existing?.id ?? uuidv7(now),
      customerId: customer.customerId,
      number: p.number,
      status: p.status,
      lines: p.lines,
      currency: p.currency,
      total,
      promisedDate: p.promisedDate === undefined ? (existing?.promisedDate ?? null) : p.promisedDate,
      createdAt: existing?.createdAt ?? p.placedAt ?? now,
      updatedAt: now,
    });
    return {
      changes: [...customer.changes, { op: 'upsert', entity: 'orders', id: row.id, scope: tenantScope, row }],
      events: [{ kind: 'order', orderId: row.id, at: now }],
      value: { orderId: row.id, created: !existing },
    };
  };
}
