import { and, desc, eq, inArray, or } from 'drizzle-orm';
import { activeTicketStatuses, matchTicketForShipment, type ShipmentRow, type TicketRow } from '../../core';
import type { HubTx } from '../store/openStore';
import { messages, orders, tickets } from '../store/schema';

/** Tickets read per kind of candidate: linked to the shipment or its order, and the customer's most recent open ones. */
export const ticketCandidateLimit = 50;
/** Message texts searched for mentions, newest first, across those candidates. */
export const mentionTextLimit = 2_000;

const openTicket = inArray(tickets.status, [...activeTicketStatuses]);

/**
 * The open ticket about a shipment (link, order link, tracking or order number mentioned), or
 * null. Every query is bounded whatever the customer's size: at most `ticketCandidateLimit`
 * linked tickets and as many of the customer's recent open ones (so at most 2 × that many ids
 * are bound), and the newest `mentionTextLimit` message texts of the latter.
 */
export async function findTicketForShipment(tx: HubTx, shipment: ShipmentRow): Promise<TicketRow | null> {
  const [order] = shipment.orderId ? await tx.select({ number: orders.number }).from(orders).where(eq(orders.id, shipment.orderId)) : [];
  const links = [eq(tickets.shipmentId, shipment.id)];
  if (shipment.orderId) links.push(eq(tickets.orderId, shipment.orderId));
  const [linked, recent] = await Promise.all([
    tx.select().from(tickets).where(and(or(...links), openTicket)).orderBy(desc(tickets.lastMessageAt)).limit(ticketCandidateLimit),
    tx.select().from(tickets).where(and(eq(tickets.customerId, shipment.customerId), openTicket)).orderBy(desc(tickets.lastMessageAt)).limit(ticketCandidateLimit),
  ]);
  const candidates = new Map<string, TicketRow>();
  for (const t of [...linked, ...recent]) candidates.set(t.id, t);
  if (candidates.size === 0) return null;
  const texts = new Map<string, string[]>();
  // A direct link outranks any mention: no need to read message texts then.
  if (!linked.some((t) => t.shipmentId === shipment.id) && recent.length > 0) {
    const bodies = await tx
      .select({ ticketId: messages.ticketId, body: messages.body, subject: messages.subject })
      .from(messages)
      .where(inArray(messages.ticketId, recent.map((t) => t.id)))
      .orderBy(desc(messages.createdAt))
      .limit(mentionTextLimit);
    for (const m of bodies) {
      const list = texts.get(m.ticketId) ?? [];
      list.push(m.body, ...(m.subject ? [m.subject] : []));
      texts.set(m.ticketId, list);
    }
  }
  const match = matchTicketForShipment(
    { id: shipment.id, trackingNumber: shipment.trackingNumber, orderId: shipment.orderId, orderNumber: order?.number ?? null, customerId: shipment.customerId },
    [...candidates.values()].map((t) => ({ ...t, texts: texts.get(t.id) ?? [] })),
  );
  return match ? (candidates.get(match.ticketId) ?? null) : null;
}
