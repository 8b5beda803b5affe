import { and, asc, eq } from 'drizzle-orm';
import type { ShipmentActionItem } from '../../../core/contract/channels/shipmentActionChannels';
import type { ReplicaDb } from '../../db/openReplica';
import { agents, shipmentActions, shipments, stash } from '../../db/schema';

/** A ticket's shipment actions (or a shipment's), oldest first, with who asked and whether the hub has confirmed it. */
export function listShipmentActions(db: ReplicaDb, filter: { ticketId: string } | { shipmentId: string }): ShipmentActionItem[] {
  const where = 'ticketId' in filter ? eq(shipmentActions.ticketId, filter.ticketId) : eq(shipmentActions.shipmentId, filter.shipmentId);
  return db
    .select({ action: shipmentActions, requestedByName: agents.name, trackingNumber: shipments.trackingNumber, stashedId: stash.id })
    .from(shipmentActions)
    .leftJoin(agents, eq(agents.id, shipmentActions.requestedBy))
    .leftJoin(shipments, eq(shipments.id, shipmentActions.shipmentId))
    // An action the outbox wrote has its hub version (none yet) in the stash until the hub confirms it.
    .leftJoin(stash, and(eq(stash.entity, 'shipment_actions'), eq(stash.id, shipmentActions.id)))
    .where(where)
    .orderBy(asc(shipmentActions.requestedAt), asc(shipmentActions.id))
    .all()
    .map(({ action, requestedByName, trackingNumber, stashedId }) => ({ ...action, requestedByName, trackingNumber, pending: stashedId !== null }));
}
