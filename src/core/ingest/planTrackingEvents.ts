import type { ShipmentRow, TrackingEventRow } from '../domain/logisticsRows';
import { trackingEventRowSchema } from '../domain/logisticsRows';
import { assignTrackingEventIds } from './assignTrackingEventIds';
import type { ResolvedTrackingEvent } from './ResolvedTrackingEvent';

export type { ResolvedTrackingEvent } from './ResolvedTrackingEvent';
import { shipmentStatusAfter } from './shipmentStatusAfter';


export type TrackingEventOutcome =
  | { index: number; shipmentId: string; trackingEventId: string; duplicate: false; row: TrackingEventRow }
  | { index: number; shipmentId: string; trackingEventId: string; duplicate: true };

export interface TrackingEventPlan {
  /** Per input item, in input order. */
  outcomes: TrackingEventOutcome[];
  /** New rows to insert, in input order. */
  events: TrackingEventRow[];
  /** Shipments that changed, final state after every event of the batch (first-touch order). */
  shipments: ShipmentRow[];
}

/**
 * Applies a delivery's tracking events to their shipments as if stored one after another:
 * a repeat (stored before, `repeats`, or earlier in this batch) is not stored twice; a
 * shipment moves on (status, lastEventAt) only for an event at least as new as its newest,
 * and takes any ETA an event carries. Pure: the hub loads the inputs and writes the answer.
 */
export function planTrackingEvents(
  items: readonly ResolvedTrackingEvent[],
  shipments: ReadonlyMap<string, ShipmentRow>,
  repeats: ReadonlyMap<string, string>,
  now: number,
  newId: () => string,
): TrackingEventPlan {
  const ids = assignTrackingEventIds(items, repeats, now, newId);
  const current = new Map<string, ShipmentRow>();
  const outcomes: TrackingEventOutcome[] = [];
  const events: TrackingEventRow[] = [];
  items.forEach(({ index, event: e, shipmentId }, i) => {
    const shipment = current.get(shipmentId) ?? shipments.get(shipmentId);
    if (!shipment) throw new Error(`planTrackingEvents: shipment ${shipmentId} was not loaded`);
    const occurredAt = e.occurredAt ?? now;
    const { trackingEventId, duplicate } = ids[i]!;
    if (duplicate) {
      outcomes.push({ index, shipmentId, trackingEventId, duplicate: true });
      return;
    }
    const row = trackingEventRowSchema.parse({
      id: trackingEventId,
      shipmentId,
      status: e.status,
      rawCode: e.rawCode,
      rawReason: e.rawReason,
      carrier: e.carrier,
      location: e.location,
      occurredAt,
      flagged: e.flagged,
      source: e.source,
    });
    events.push(row);
    outcomes.push({ index, shipmentId, trackingEventId: row.id, duplicate: false, row });
    const newest = shipment.lastEventAt === null || occurredAt >= shipment.lastEventAt;
    current.set(shipmentId, {
      ...shipment,
      status: newest ? shipmentStatusAfter(e.status, shipment.status) : shipment.status,
      lastEventAt: newest ? occurredAt : shipment.lastEventAt,
      eta: e.eta ?? shipment.eta,
      updatedAt: now,
    });
  });
  return { outcomes, events, shipments: [...current.values()] };
}
