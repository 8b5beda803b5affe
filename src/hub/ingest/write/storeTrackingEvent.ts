import { and, eq } from 'drizzle-orm';
import { entityRowSchemas, tenantScope, uuidv7, type ShipmentRow, type TrackingEventRow } from '../../../core';
import { shipmentStatusAfter, type InboundTrackingEvent } from '../../../core/ingest';
import type { HubContext } from '../../HubContext';
import type { HubTx } from '../../store/openStore';
import { loadRow } from '../../store/rowStore';
import { shipments, trackingEvents } from '../../store/schema';
import { IngestItemError } from './IngestItemError';
import { runIngestWrite } from './runIngestWrite';

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
  return runIngestWrite<StoredTrackingEvent>(ctx, async (tx, now) => {
    const shipment = await findShipment(tx, e);
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
  });
}

/** Same carrier and tracking number first; else the tracking number alone when it is unambiguous (X12 names carriers by SCAC). */
async function findShipment(tx: HubTx, e: InboundTrackingEvent): Promise<ShipmentRow> {
  const [exact] = await tx
    .select({ id: shipments.id })
    .from(shipments)
    .where(and(eq(shipments.carrier, e.carrier), eq(shipments.trackingNumber, e.trackingNumber)));
  const candidates = exact ? [exact] : await tx.select({ id: shipments.id }).from(shipments).where(eq(shipments.trackingNumber, e.trackingNumber)).limit(2);
  if (candidates.length !== 1) {
    throw new IngestItemError(
      candidates.length === 0
        ? `no shipment with tracking number ${e.trackingNumber} (send the shipment first)`
        : `tracking number ${e.trackingNumber} matches several carriers' shipments; send the carrier as the shipment has it`,
    );
  }
  const row = await loadRow(tx, 'shipments', candidates[0]!.id);
  if (!row) throw new IngestItemError(`shipment ${candidates[0]!.id} vanished`);
  return row;
}
