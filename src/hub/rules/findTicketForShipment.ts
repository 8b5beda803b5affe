import { and, desc, eq, inArray, notInArray, or } from 'drizzle-orm';
import { matchTicketForShipment, type ShipmentRow, type TicketRow } from '../../core';
import type { HubTx } from '../store/openStore';
import { messages, orders, tickets } from '../store/schema';

/** Tickets searched for mentions: the customer's most recent open ones. */
const candidateLimit = 50;

/** The open ticket about a shipment (link, order link, tracking or order number mentioned), or null. */
export async function findTicketForShipment(tx: HubTx, shipment: ShipmentRow): Promise<TicketRow | null> {
  const [order] = shipment.orderId ? await tx.select({ number: orders.number }).from(orders).where(eq(orders.id, shipment.orderId)) : [];
  const about = [eq(tickets.customerId, shipment.customerId), eq(tickets.shipmentId, shipment.id)];
  if (shipment.orderId) about.push(eq(tickets.orderId, shipment.orderId));
  const open = await tx
    .select()
    .from(tickets)
    .where(and(or(...about), notInArray(tickets.status, ['solved', 'closed'])))
    .orderBy(desc(tickets.lastMessageAt))
    .limit(candidateLimit);
  if (open.length === 0) return null;
  const bodies = await tx
    .select({ ticketId: messages.ticketId, body: messages.body, subject: messages.subject })
    .from(messages)
    .where(inArray(messages.ticketId, open.map((t) => t.id)));
  const texts = new Map<string, string[]>();
  for (const m of bodies) {
    const list = texts.get(m.ticketId) ?? [];
    list.push(m.body, ...(m.subject ? [m.subject] : []));
    texts.set(m.ticketId, list);
  }
  const match = matchTicketForShipment(
    { id: shipment.id, trackingNumber: shipment.trackingNumber, orderId: shipment.orderId, orderNumber: order?.number ?? null, customerId: shipment.customerId },
    open.map((t) => ({ ...t, texts: texts.get(t.id) ?? [] })),
  );
  return match ? (open.find((t) => t.id === match.ticketId) ?? null) : null;
}
