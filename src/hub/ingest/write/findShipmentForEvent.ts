import { and, eq } from 'drizzle-orm';
import type { ShipmentRow } from '../../../core';
import type { InboundTrackingEvent, ShipmentReference } from '../../../core/ingest';
import type { HubTx } from '../../store/openStore';
import { loadRow } from '../../store/rowStore';
import { orders, shipments } from '../../store/schema';
import { IngestItemError } from './IngestItemError';

/**
 * The shipment a tracking event is about. Its tracking number first (same carrier, else the
 * number alone when unambiguous: X12 names carriers by SCAC); when that finds none or several,
 * the feed's fallback references in order (X12: L11 tracking-like references, B10-02, then L11
 * order numbers → the order's only shipment, or the one with this carrier). First unique match wins.
 */
export async function findShipmentForEvent(tx: HubTx, e: InboundTrackingEvent): Promise<ShipmentRow> {
  const primary = await byTrackingNumber(tx, e.carrier, e.trackingNumber);
  let id = primary.length === 1 ? primary[0] : undefined;
  for (const ref of id ? [] : (e.fallbackReferences ?? [])) {
    const found = await byReference(tx, e.carrier, ref);
    if (found.length === 1) {
      id = found[0];
      break;
    }
  }
  if (!id) {
    const tried = (e.fallbackReferences ?? []).map((r) => `${r.source} ${r.value}`);
    const also = tried.length > 0 ? `; also tried ${tried.join(', ')}` : '';
    throw new IngestItemError(
      primary.length === 0
        ? `no shipment with tracking number ${e.trackingNumber} (send the shipment first)${also}`
        : `tracking number ${e.trackingNumber} matches several carriers' shipments; send the carrier as the shipment has it${also}`,
    );
  }
  const row = await loadRow(tx, 'shipments', id);
  if (!row) throw new IngestItemError(`shipment ${id} vanished`);
  return row;
}

async function byTrackingNumber(tx: HubTx, carrier: string, trackingNumber: string): Promise<string[]> {
  const [exact] = await tx
    .select({ id: shipments.id })
    .from(shipments)
    .where(and(eq(shipments.carrier, carrier), eq(shipments.trackingNumber, trackingNumber)));
  if (exact) return [exact.id];
  const rows = await tx.select({ id: shipments.id }).from(shipments).where(eq(shipments.trackingNumber, trackingNumber)).limit(2);
  return rows.map((r) => r.id);
}

async function byReference(tx: HubTx, carrier: string, ref: ShipmentReference): Promise<string[]> {
  if (ref.kind === 'tracking') return byTrackingNumber(tx, carrier, ref.value);
  // Order numbers: the order's shipments (bounded), narrowed to this carrier's when several.
  const rows = await tx
    .select({ id: shipments.id, carrier: shipments.carrier })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .where(eq(orders.number, ref.value))
    .limit(50);
  if (rows.length <= 1) return rows.map((r) => r.id);
  return rows.filter((r) => r.carrier === carrier).map((r) => r.id);
}
