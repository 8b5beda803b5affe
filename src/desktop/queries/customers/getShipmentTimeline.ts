import { desc, eq } from 'drizzle-orm';
import type { TrackingEventRow } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { trackingEvents } from '../../db/schema';

export const TIMELINE_SHOWN = 500;

/** A shipment's tracking events newest first, straight off tracking_events_shipment_idx. */
export function getShipmentTimeline(db: ReplicaDb, shipmentId: string): TrackingEventRow[] {
  return db
    .select()
    .from(trackingEvents)
    .where(eq(trackingEvents.shipmentId, shipmentId))
    .orderBy(desc(trackingEvents.occurredAt), desc(trackingEvents.id))
    .limit(TIMELINE_SHOWN)
    .all();
}
