import { and, eq, inArray } from 'drizzle-orm';
import type { HubTx } from '../../store/openStore';
import { HubRequestError } from '../../HubRequestError';
import { exceptions, orders, shipments, trackingEvents } from '../../store/schema';
import type { HistoryRows } from './readHistoryBundle';

/** One shipment with its tracking events, its order, and its exceptions in the caller's teams. */
export async function readShipmentHistory(tx: HubTx, teamIds: readonly string[], id: string): Promise<{ rows: HistoryRows }> {
  const [shipment] = await tx.select().from(shipments).where(eq(shipments.id, id));
  if (!shipment) throw new HubRequestError('not_found', 'There is no such shipment.');
  const events = await tx.select().from(trackingEvents).where(eq(trackingEvents.shipmentId, id));
  const order = shipment.orderId ? await tx.select().from(orders).where(eq(orders.id, shipment.orderId)) : [];
  const teamExceptions =
    teamIds.length === 0
      ? []
      : await tx
          .select()
          .from(exceptions)
          .where(and(eq(exceptions.shipmentId, id), inArray(exceptions.teamId, [...teamIds])));
  return { rows: { shipments: [shipment], tracking_events: events, orders: order, exceptions: teamExceptions } };
}
