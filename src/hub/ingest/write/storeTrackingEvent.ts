import { and, eq } from 'drizzle-orm';
import { tenantScope, uuidv7, type RowChange, type TrackingEventRow } from '../../../core';
import { planTrackingEvents, trackingRepeatKey, type InboundTrackingEvent } from '../../../core/ingest';
import type { HubContext } from '../../HubContext';
import { trackingEvents } from '../../store/schema';
import { findShipmentForEvent } from './findShipmentForEvent';
import { runIngestWrite, type IngestWorkFn } from './runIngestWrite';

export interface StoredTrackingEvent {
  shipmentId: string;
  trackingEventId: string;
  status: TrackingEventRow['status'];
  flagged: boolean;
  duplicate: boolean;
}

/**
 * Stores a tracking event on its shipment and moves the shipment on (status, lastEventAt, eta)
 * when the event is its newest. A repeat (same shipment, code, reason, time) is not stored twice.
 */
export function storeTrackingEvent(ctx: HubContext, e: InboundTrackingEvent): Promise<StoredTrackingEvent> {
  return runIngestWrite(ctx, trackingEventWork(e));
}

/** Storing one tracking event as ingest work, to run alone or inside a batch's transaction (core's planTrackingEvents with a batch of one). */
export function trackingEventWork(e: InboundTrackingEvent): IngestWorkFn<StoredTrackingEvent> {
  return async (tx, now) => {
    const shipment = await findShipmentForEvent(tx, e);
    const occurredAt = e.occurredAt ?? now;
    const [repeat] = await tx
      .select({ id: trackingEvents.id })
      .from(trackingEvents)
      .where(and(eq(trackingEvents.shipmentId, shipment.id), eq(trackingEvents.rawCode, e.rawCode), eq(trackingEvents.occurredAt, occurredAt)));
    const repeats = new Map(repeat ? [[trackingRepeatKey(shipment.id, e.rawCode, occurredAt), repeat.id]] : []);
    const plan = planTrackingEvents([{ index: 0, event: e, shipmentId: shipment.id }], new Map([[shipment.id, shipment]]), repeats, now, () => uuidv7(now));
    const [outcome] = plan.outcomes;
    if (!outcome) throw new Error('planTrackingEvents returned no outcome');
    const changes: RowChange[] = [
      ...plan.shipments.map((row): RowChange => ({ op: 'upsert', entity: 'shipments', id: row.id, scope: tenantScope, row })),
      ...plan.events.map((row): RowChange => ({ op: 'upsert', entity: 'tracking_events', id: row.id, scope: tenantScope, row })),
    ];
    return {
      changes,
      events: plan.events.map((row) => ({ kind: 'tracking_event', shipmentId: row.shipmentId, trackingEventId: row.id, at: now })),
      value: { shipmentId: shipment.id, trackingEventId: outcome.trackingEventId, status: e.status, flagged: e.flagged, duplicate: outcome.duplicate },
    };
  };
}
