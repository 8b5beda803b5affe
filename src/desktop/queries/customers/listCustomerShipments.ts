import { sql } from 'drizzle-orm';
import type { ShipmentStatus } from '../../../core';
import type { ShipmentSummary } from '../../../core/contract/channels/customerChannels';
import type { ReplicaDb } from '../../db/openReplica';
import type { shipments } from '../../db/schema';

export const SHIPMENTS_SHOWN = 500;

type ShipmentRow = typeof shipments.$inferSelect;

/** A customer's shipments, newest first, with their delivery time (lateness is judged at the viewer's clock). */
export function listCustomerShipments(db: ReplicaDb, customerId: string): ShipmentSummary[] {
  // First delivered scan per shipment, read through tracking_events_shipment_idx (shipment_id, occurred_at).
  const rows = db.all<{
    id: string;
    orderId: string | null;
    customerId: string;
    carrier: string;
    trackingNumber: string;
    mode: ShipmentRow['mode'];
    origin: string;
    destination: string;
    promisedDate: number | null;
    eta: number | null;
    status: ShipmentStatus;
    lastEventAt: number | null;
    createdAt: number;
    updatedAt: number;
    deliveredScan: number | null;
  }>(sql`
    select s.id, s.order_id as orderId, s.customer_id as customerId, s.carrier, s.tracking_number as trackingNumber, s.mode,
      s.origin, s.destination, s.promised_date as promisedDate, s.eta, s.status, s.last_event_at as lastEventAt,
      s.created_at as createdAt, s.updated_at as updatedAt,
      (select min(te.occurred_at) from tracking_events te where te.shipment_id = s.id and te.status = 'delivered') as deliveredScan
    from shipments s where s.customer_id = ${customerId}
    order by s.created_at desc, s.id desc limit ${SHIPMENTS_SHOWN}`);
  return rows.map(({ deliveredScan, ...shipment }) => {
    const deliveredAt = deliveredScan ?? (shipment.status === 'delivered' ? shipment.lastEventAt : null);
    return { ...shipment, deliveredAt };
  });
}
