import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import type { HubTx } from '../../store/openStore';
import { HubRequestError } from '../../HubRequestError';
import { csatResponses, customers, messages, orders, shipments, tickets, trackingEvents, warehouseEvents } from '../../store/schema';
import type { HistoryRows } from './readHistoryBundle';

/**
 * A customer's tickets (caller's teams only, each with its thread and CSAT), orders (with
 * warehouse events) and shipments (with tracking events) created before `before`, newest first, at most `limit` of
 * each. Rows come whole so a cached ticket or shipment shows completely offline.
 */
export async function readCustomerHistory(
  tx: HubTx,
  teamIds: readonly string[],
  customerId: string,
  before: number,
  limit: number,
): Promise<{ rows: HistoryRows; nextBefore: number | null }> {
  const [customer] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.id, customerId));
  if (!customer) throw new HubRequestError('not_found', 'There is no such customer.');
  const foundTickets =
    teamIds.length === 0
      ? []
      : await tx
          .select()
          .from(tickets)
          .where(and(eq(tickets.customerId, customerId), inArray(tickets.teamId, [...teamIds]), lt(tickets.createdAt, before)))
          .orderBy(desc(tickets.createdAt), desc(tickets.id))
          .limit(limit + 1);
  const foundOrders = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.customerId, customerId), lt(orders.createdAt, before)))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit + 1);
  const foundShipments = await tx
    .select()
    .from(shipments)
    .where(and(eq(shipments.customerId, customerId), lt(shipments.createdAt, before)))
    .orderBy(desc(shipments.createdAt), desc(shipments.id))
    .limit(limit + 1);
  const lists = [foundTickets, foundOrders, foundShipments];
  // The next page starts at the newest row any full list left out: nothing is skipped, a few rows may repeat.
  const cutoffs = lists.filter((l) => l.length > limit).map((l) => l[limit]!.createdAt + 1);
  let nextBefore = cutoffs.length === 0 ? null : Math.max(...cutoffs);
  // More than `limit` rows created in one millisecond: skip the rest of that millisecond rather than loop.
  if (nextBefore === before) nextBefore = before - 1;
  const keep = <T extends { createdAt: number }>(list: T[]): T[] => list.slice(0, limit).filter((r) => nextBefore === null || r.createdAt >= nextBefore);
  const ticketRows = keep(foundTickets);
  const shipmentRows = keep(foundShipments);
  const ticketIds = ticketRows.map((t) => t.id);
  const shipmentIds = shipmentRows.map((s) => s.id);
  const orderRows = keep(foundOrders);
  const orderIds = orderRows.map((o) => o.id);
  return {
    rows: {
      tickets: ticketRows,
      messages: ticketIds.length === 0 ? [] : await tx.select().from(messages).where(inArray(messages.ticketId, ticketIds)),
      csat_responses: ticketIds.length === 0 ? [] : await tx.select().from(csatResponses).where(inArray(csatResponses.ticketId, ticketIds)),
      orders: orderRows,
      warehouse_events: orderIds.length === 0 ? [] : await tx.select().from(warehouseEvents).where(inArray(warehouseEvents.orderId, orderIds)),
      shipments: shipmentRows,
      tracking_events: shipmentIds.length === 0 ? [] : await tx.select().from(trackingEvents).where(inArray(trackingEvents.shipmentId, shipmentIds)),
    },
    nextBefore,
  };
}
