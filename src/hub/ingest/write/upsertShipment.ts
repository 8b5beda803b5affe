import { and, eq } from 'drizzle-orm';
import { entityRowSchemas, tenantScope, uuidv7, type RowChange, type ShipmentRow } from '../../../core';
import type { ShipmentUpsertPayload } from '../../../core/ingest';
import type { HubContext } from '../../HubContext';
import { loadRow } from '../../store/rowStore';
import { orders, shipments } from '../../store/schema';
import { IngestItemError } from './IngestItemError';
import { resolveCustomerRef } from './resolveCustomerRef';
import { runIngestWrite, type IngestWorkFn } from './runIngestWrite';

/** TMS shipment upsert by (carrier, tracking number); the customer comes from its order or the payload. */
export function upsertShipment(ctx: HubContext, p: ShipmentUpsertPayload): Promise<{ shipmentId: string; created: boolean }> {
  return runIngestWrite(ctx, shipmentUpsertWork(p));
}

/** The shipment upsert as ingest work, to run alone or inside a batch's transaction. */
export function shipmentUpsertWork(p: ShipmentUpsertPayload): IngestWorkFn<{ shipmentId: string; created: boolean }> {
  return async (tx, now) => {
    const [known] = await tx
      .select({ id: shipments.id })
      .from(shipments)
      .where(and(eq(shipments.carrier, p.carrier), eq(shipments.trackingNumber, p.trackingNumber)));
    const existing = known ? await loadRow(tx, 'shipments', known.id) : undefined;
    const changes: RowChange[] = [];
    let orderId = existing?.orderId ?? null;
    let customerId = existing?.customerId ?? null;
    if (p.orderNumber) {
      const [order] = await tx.select({ id: orders.id, customerId: orders.customerId }).from(orders).where(eq(orders.number, p.orderNumber));
      if (!order) throw new IngestItemError(`order ${p.orderNumber} is unknown (send the order first, or leave orderNumber out and give customer)`);
      orderId = order.id;
      customerId = order.customerId;
    } else if (p.customer) {
      const resolved = await resolveCustomerRef(tx, p.customer, now);
      changes.push(...resolved.changes);
      customerId = resolved.customerId;
    }
    if (!customerId) throw new IngestItemError('a new shipment needs orderNumber or customer');
    const row: ShipmentRow = entityRowSchemas.shipments.parse({
      id: existing?.id ?? uuidv7(now),
      orderId,
      customerId,
      carrier: p.carrier,
      trackingNumber: p.trackingNumber,
      mode: p.mode,
      origin: p.origin || existing?.origin || '',
      destination: p.destination || existing?.destination || '',
      promisedDate: p.promisedDate === undefined ? (existing?.promisedDate ?? null) : p.promisedDate,
      eta: p.eta === undefined ? (existing?.eta ?? null) : p.eta,
      status: p.status ?? existing?.status ?? 'pending',
      lastEventAt: existing?.lastEventAt ?? null,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    changes.push({ op: 'upsert', entity: 'shipments', id: row.id, scope: tenantScope, row });
    return { changes, events: [{ kind: 'shipment', shipmentId: row.id, at: now }], value: { shipmentId: row.id, created: !existing } };
  };
}
