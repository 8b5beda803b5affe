import { desc, eq } from 'drizzle-orm';
import type { IpcOutput } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { orders, shipments, tickets } from '../../db/schema';

/** The ticket customer's orders and shipments in the replica, newest first: what the ticket may link to. */
export function listLinkOptions(db: ReplicaDb, ticketId: string): IpcOutput<'tickets.linkOptions'> {
  const ticket = db.select({ customerId: tickets.customerId }).from(tickets).where(eq(tickets.id, ticketId)).get();
  if (!ticket) return { orders: [], shipments: [] };
  return {
    orders: db
      .select({ id: orders.id, number: orders.number, status: orders.status, createdAt: orders.createdAt })
      .from(orders)
      .where(eq(orders.customerId, ticket.customerId))
      .orderBy(desc(orders.createdAt))
      .limit(200)
      .all(),
    shipments: db
      .select({
        id: shipments.id,
        carrier: shipments.carrier,
        trackingNumber: shipments.trackingNumber,
        status: shipments.status,
        destination: shipments.destination,
        createdAt: shipments.createdAt,
      })
      .from(shipments)
      .where(eq(shipments.customerId, ticket.customerId))
      .orderBy(desc(shipments.createdAt))
      .limit(200)
      .all(),
  };
}
