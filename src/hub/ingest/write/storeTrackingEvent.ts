import { and, eq } from 'drizzle-orm';
import { entityRowSchemas, tenantScope, uuidv7, type ShipmentRow, type TrackingEventRow } from '../../../core';
import { shipmentStatusAfter, type InboundTrackingEvent } from '../../../core/ingest';
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

/** Storing one tracking event as ingest work, to run alone or inside a batch's transaction. */
export function trackingEventWork(e: InboundTrackingEvent): IngestWorkFn<StoredTrackingEvent> {
  return async (tx, now) => {
    const shipment = await findShipmentForEvent(tx, e);
    const occurredAt = e.occurredAt ?? now;
    const [repeat] = await tx
      .select({ id: trackingEvents.id })
      .from(trackingEvents)
      .where(and(eq(trackingEvents.shipmentId, shipment.id), eq(trackingEvents.rawCode, e.rawCode), eq(trackingEvents.occurredAt, occurredAt)));
    if (repeat) {
      return { changes: [], events: [], value: { shipmentId: shipment.id, trackingEventId: repeat.id, status: e.status, flagged: e.flagged, duplicate: true } };
    }
    const event: TrackingEventRow = entityRowSchemas.tracking_events.parse({
      id: uuidv7(now),
      shipmentId: shipment.id,
      status: e.status,
      rawCode: e.rawCode,
      rawReason: e.rawReason,
      carrier: e.carrier,
      location: e.location,
      occurredAt,
      flagged: e.flagged,
      source: e.source,
    });
    const newest = shipment.lastEventAt === null || occurredAt >= shipment.lastEventAt;
    const updated: ShipmentRow = {
      ...shipment,
      status: newest ? shipmentStatusAfter(e.status, shipment.status) : shipment.status,
      lastEventAt: newest ? occurredAt : shipment.lastEventAt,
      eta: e.eta ?? shipment.eta,
      updatedAt: now,
    };
    return {
      changes: [
        { op: 'upsert', entity: 'shipments', id: shipment.id, scope: tenantScope, row: updated },
        { op: 'upsert', entity: 'tracking_events', id: event.id, scope: tenantScope, row: event },
      ],
      events: [{ kind: 'tracking_event', shipmentId: shipment.id, trackingEventId: event.id, at: now }],
      value: { shipmentId: shipment.id, trackingEventId: event.id, status: event.status, flagged: event.flagged, duplicate: false },
    };
  };
}
