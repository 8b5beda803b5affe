import { eq, inArray } from 'drizzle-orm';
import type { HubTx } from '../../store/openStore';
import { HubRequestError } from '../../HubRequestError';
import { csatResponses, messages, orders, shipments, tickets, trackingEvents } from '../../store/schema';
import type { HistoryRows } from './readHistoryBundle';

/** One ticket with its thread, CSAT, and its order and shipment (with tracking events), if the caller's team has it. */
export async function readTicketHistory(tx: HubTx, teamIds: readonly string[], id: string): Promise<{ rows: HistoryRows }> {
  const [ticket] = await tx.select().from(tickets).where(eq(tickets.id, id));
  // Same answer for "missing" and "not yours": a team must not learn other teams' ticket ids exist.
  if (!ticket || !teamIds.includes(ticket.teamId)) throw new HubRequestError('not_found', 'There is no such ticket in your teams.');
  const thread = await tx.select().from(messages).where(eq(messages.ticketId, id));
  const csat = await tx.select().from(csatResponses).where(eq(csatResponses.ticketId, id));
  const order = ticket.orderId ? await tx.select().from(orders).where(eq(orders.id, ticket.orderId)) : [];
  const shipment = ticket.shipmentId ? await tx.select().from(shipments).where(eq(shipments.id, ticket.shipmentId)) : [];
  const events = shipment.length > 0 ? await tx.select().from(trackingEvents).where(inArray(trackingEvents.shipmentId, shipment.map((s) => s.id))) : [];
  return {
    rows: { tickets: [ticket], messages: thread, csat_responses: csat, orders: order, shipments: shipment, tracking_events: events },
  };
}
