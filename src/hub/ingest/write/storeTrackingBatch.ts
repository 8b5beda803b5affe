import { and, inArray } from 'drizzle-orm';
import { tenantScope, uuidv7, type RowChange, type ShipmentRow } from '../../../core';
import { planTrackingEvents, trackingRepeatKey, type InboundTrackingEvent, type ResolvedTrackingEvent } from '../../../core/ingest';
import type { HubContext } from '../../HubContext';
import type { HubTx } from '../../store/openStore';
import { shipments, trackingEvents } from '../../store/schema';
import { commitChanges } from '../../write/commitChanges';
import { emitIngested, type IngestedEvent } from '../ingestEvents';
import { findShipmentsForEvents } from './findShipmentsForEvents';
import type { BatchOutcome } from './storeBatch';
import type { StoredTrackingEvent } from './storeTrackingEvent';

/** Ids bound per IN list. */
const chunk = 1_000;

/**
 * Stores a delivery of tracking events as one set-based batch in one write-lane transaction:
 * shipments matched for all events at once, repeats checked in one query, the domain step
 * (core's planTrackingEvents) in memory, rows and change log written multi-row through
 * commitChanges. An event without a shipment fails alone, reported by index; unexpected
 * errors fail the whole delivery. Listeners hear about the batch once it has committed.
 */
export async function storeTrackingBatch(ctx: HubContext, items: readonly { index: number; value: InboundTrackingEvent }[]): Promise<BatchOutcome<StoredTrackingEvent>> {
  const done = await ctx.lane.transact(async (tx) => {
    const now = ctx.now();
    const outcome: BatchOutcome<StoredTrackingEvent> = { stored: [], failed: [] };
    const matches = await findShipmentsForEvents(tx, items.map((i) => i.value));
    const resolved: ResolvedTrackingEvent[] = [];
    items.forEach((item, i) => {
      const match = matches[i]!;
      if ('reason' in match) outcome.failed.push({ index: item.index, reason: match.reason });
      else resolved.push({ index: item.index, event: item.value, shipmentId: match.shipmentId });
    });
    const ids = [...new Set(resolved.map((r) => r.shipmentId))];
    const [loaded, repeats] = await Promise.all([loadShipments(tx, ids), loadRepeats(tx, ids, resolved, now)]);
    const plan = planTrackingEvents(resolved, loaded, repeats, now, () => uuidv7(now));
    const byIndex = new Map(resolved.map((r) => [r.index, r.event]));
    for (const o of plan.outcomes) {
      const e = byIndex.get(o.index)!;
      outcome.stored.push({ index: o.index, shipmentId: o.shipmentId, trackingEventId: o.trackingEventId, status: e.status, flagged: e.flagged, duplicate: o.duplicate });
    }
    outcome.stored.sort((a, b) => a.index - b.index);
    const changes: RowChange[] = [
      ...plan.shipments.map((row): RowChange => ({ op: 'upsert', entity: 'shipments', id: row.id, scope: tenantScope, row })),
      ...plan.events.map((row): RowChange => ({ op: 'upsert', entity: 'tracking_events', id: row.id, scope: tenantScope, row })),
    ];
    const { batches } = await commitChanges(tx, { changes, now });
    const events: IngestedEvent[] = plan.events.map((row) => ({ kind: 'tracking_event', shipmentId: row.shipmentId, trackingEventId: row.id, at: now }));
    return { value: { outcome, events }, batches };
  });
  await emitIngested(ctx, done.events);
  return done.outcome;
}

async function loadShipments(tx: HubTx, ids: readonly string[]): Promise<Map<string, ShipmentRow>> {
  const found = new Map<string, ShipmentRow>();
  for (let i = 0; i < ids.length; i += chunk) {
    const rows: ShipmentRow[] = await tx.select().from(shipments).where(inArray(shipments.id, ids.slice(i, i + chunk)));
    for (const row of rows) found.set(row.id, row);
  }
  return found;
}

/** Stored events with the same shipment, code and time as one of the batch's (one query per chunk, keyed in memory). */
async function loadRepeats(tx: HubTx, ids: readonly string[], items: readonly ResolvedTrackingEvent[], now: number): Promise<Map<string, string>> {
  const repeats = new Map<string, string>();
  if (items.length === 0) return repeats;
  const times = [...new Set(items.map((r) => r.event.occurredAt ?? now))];
  for (let i = 0; i < ids.length; i += chunk) {
    for (let j = 0; j < times.length; j += chunk) {
      const rows = await tx
        .select({ id: trackingEvents.id, shipmentId: trackingEvents.shipmentId, rawCode: trackingEvents.rawCode, occurredAt: trackingEvents.occurredAt })
        .from(trackingEvents)
        .where(and(inArray(trackingEvents.shipmentId, ids.slice(i, i + chunk)), inArray(trackingEvents.occurredAt, times.slice(j, j + chunk))));
      for (const r of rows) repeats.set(trackingRepeatKey(r.shipmentId, r.rawCode, r.occurredAt), r.id);
    }
  }
  return repeats;
}
