
import type { InboundTrackingEvent } from '../../../core/ingest';
import type { HubTx } from '../../store/openStore';
import { shipments } from '../../store/schema';
import { findShipmentForEvent } from './findShipmentForEvent';
import { IngestItemError } from './IngestItemError';
import { anyOf } from '../../store/anyOf';

/** Per event of a delivery: its shipment's id, or why it has none (reported for that item alone). */
export type ShipmentMatch = { shipmentId: string } | { reason: string };

/**
 * findShipmentForEvent for a whole delivery: every tracking number in one query, matched in
 * memory with the same rule (same carrier first, else the number alone when unambiguous).
 * Only events that need their fallback references (X12 L11/B10) are resolved one by one.
 */
export async function findShipmentsForEvents(tx: HubTx, events: readonly InboundTrackingEvent[]): Promise<ShipmentMatch[]> {
  const numbers = [...new Set(events.map((e) => e.trackingNumber))];
  const byNumber = new Map<string, { id: string; carrier: string }[]>();
  for (let i = 0; i < numbers.length; i += 1_000) {
    const rows = await tx
      .select({ id: shipments.id, carrier: shipments.carrier, trackingNumber: shipments.trackingNumber })
      .from(shipments)
      .where(anyOf(shipments.trackingNumber, numbers.slice(i, i + 1_000)));
    for (const r of rows) byNumber.set(r.trackingNumber, [...(byNumber.get(r.trackingNumber) ?? []), r]);
  }
  const matches: ShipmentMatch[] = [];
  for (const e of events) {
    const candidates = byNumber.get(e.trackingNumber) ?? [];
    const exact = candidates.find((c) => c.carrier === e.carrier);
    if (exact) matches.push({ shipmentId: exact.id });
    else if (candidates.length === 1) matches.push({ shipmentId: candidates[0]!.id });
    else matches.push(await oneByOne(tx, e));
  }
  return matches;
}

/** The single-event rule, with its references and its wording of the failure. */
async function oneByOne(tx: HubTx, e: InboundTrackingEvent): Promise<ShipmentMatch> {
  try {
    return { shipmentId: (await findShipmentForEvent(tx, e)).id };
  } catch (error) {
    if (error instanceof IngestItemError) return { reason: error.message };
    throw error;
  }
}
