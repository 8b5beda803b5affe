import { and } from 'drizzle-orm';
import { uuidv7, type TrackingEventRow, type TrackingRecordArgs } from '../../../core';
import { assignTrackingEventIds, trackingRepeatKey, type InboundTrackingEvent, type ResolvedTrackingEvent } from '../../../core/ingest';
import type { HubContext } from '../../HubContext';
import type { HubTx } from '../../store/openStore';
import { trackingEvents } from '../../store/schema';
import { commitMutation } from '../../write/commitMutation';
import type { Transacted } from '../../write/WriteLane';
import { emitIngested, type IngestedEvent } from '../ingestEvents';
import type { BatchOutcome } from './BatchOutcome';
import { findShipmentsForEvents } from './findShipmentsForEvents';
import { ingestActor } from './ingestActor';
import { anyOf } from '../../store/anyOf';

export interface StoredTrackingEvent {
  shipmentId: string;
  trackingEventId: string;
  status: TrackingEventRow['status'];
  flagged: boolean;
  duplicate: boolean;
}

/** Ids bound per IN list. */
const chunk = 1_000;

/**
 * Stores a delivery of tracking events as ONE core mutation `tracking.record` (system:ingest, one
 * audit entry) in one write-lane transaction: shipments matched for all events at once, repeats
 * checked in one query, then the mutation applies core's planTrackingEvents to the shipments it
 * reads. An event without a shipment fails alone, by index, before anything is written;
 * unexpected errors fail the whole delivery. Listeners hear about the batch once it has committed.
 */
export async function storeTrackingBatch(ctx: HubContext, items: readonly { index: number; value: InboundTrackingEvent }[]): Promise<BatchOutcome<StoredTrackingEvent>> {
  const done = await ctx.lane.transact(async (tx): Promise<Transacted<{ outcome: BatchOutcome<StoredTrackingEvent>; events: IngestedEvent[] }>> => {
    const now = ctx.now();
    const outcome: BatchOutcome<StoredTrackingEvent> = { stored: [], failed: [] };
    const matches = await findShipmentsForEvents(tx, items.map((i) => i.value));
    const resolved: ResolvedTrackingEvent[] = [];
    items.forEach((item, i) => {
      const match = matches[i]!;
      if ('reason' in match) outcome.failed.push({ index: item.index, reason: match.reason });
      else resolved.push({ index: item.index, event: item.value, shipmentId: match.shipmentId });
    });
    if (resolved.length === 0) return { value: { outcome, events: [] }, batches: [] };
    const repeats = await loadRepeats(tx, resolved, now);
    // The ids the mutation's repeat rule will hand out, in the same order: each item's outcome is known here.
    const eventIds: string[] = [];
    const ids = assignTrackingEventIds(resolved, new Map(repeats.map((r) => [trackingRepeatKey(r.shipmentId, r.rawCode, r.occurredAt), r.trackingEventId])), now, () => {
      eventIds.push(uuidv7(now));
      return eventIds.at(-1)!;
    });
    resolved.forEach((r, i) => {
      const { trackingEventId, duplicate } = ids[i]!;
      outcome.stored.push({ index: r.index, shipmentId: r.shipmentId, trackingEventId, status: r.event.status, flagged: r.event.flagged, duplicate });
    });
    // Only repeats: nothing to record, no commit and no audit entry.
    if (eventIds.length === 0) return { value: { outcome, events: [] }, batches: [] };
    const args: TrackingRecordArgs = { events: resolved, repeats, eventIds };
    const audit = { action: 'tracking.record', entity: 'shipments', entityId: resolved[0]!.shipmentId, detail: { stored: eventIds.length, duplicates: resolved.length - eventIds.length, failed: outcome.failed.length } };
    const committed = await commitMutation(tx, { name: 'tracking.record', args }, ingestActor, now, { audit });
    const events = outcome.stored.flatMap((s): IngestedEvent[] => (s.duplicate ? [] : [{ kind: 'tracking_event', shipmentId: s.shipmentId, trackingEventId: s.trackingEventId, at: now }]));
    return { value: { outcome, events }, batches: committed.batches };
  });
  await emitIngested(ctx, done.events);
  return done.outcome;
}

/** Stored events with the same shipment, code and time as one of the batch's (one query per chunk; only exact repeats kept). */
async function loadRepeats(tx: HubTx, items: readonly ResolvedTrackingEvent[], now: number): Promise<TrackingRecordArgs['repeats']> {
  const wanted = new Set(items.map((r) => trackingRepeatKey(r.shipmentId, r.event.rawCode, r.event.occurredAt ?? now)));
  const ids = [...new Set(items.map((r) => r.shipmentId))];
  const times = [...new Set(items.map((r) => r.event.occurredAt ?? now))];
  const repeats: TrackingRecordArgs['repeats'] = [];
  for (let i = 0; i < ids.length; i += chunk) {
    for (let j = 0; j < times.length; j += chunk) {
      const rows = await tx
        .select({ trackingEventId: trackingEvents.id, shipmentId: trackingEvents.shipmentId, rawCode: trackingEvents.rawCode, occurredAt: trackingEvents.occurredAt })
        .from(trackingEvents)
        .where(and(anyOf(trackingEvents.shipmentId, ids.slice(i, i + chunk)), anyOf(trackingEvents.occurredAt, times.slice(j, j + chunk))));
      repeats.push(...rows.filter((r) => wanted.has(trackingRepeatKey(r.shipmentId, r.rawCode, r.occurredAt))));
    }
  }
  return repeats;
}
