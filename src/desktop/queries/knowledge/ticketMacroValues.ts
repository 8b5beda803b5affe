import { desc, eq } from 'drizzle-orm';
import { macroValues, type MacroPlaceholder, type TicketRow } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { agents, contacts, customers, orders, shipments } from '../../db/schema';

/**
 * Every placeholder's value for a reply on this ticket, from the replica: the contact's (else
 * customer's) name, the ticket's shipment (else its order's latest), the order, the ticket number
 * and the signed-in agent. Dates use the customer's language and quiet-hours zone (else this computer's).
 */
export function ticketMacroValues(db: ReplicaDb, ticket: TicketRow, agentId: string | null): { values: Record<MacroPlaceholder, string | null>; eta: number | null } {
  const customer = db.select().from(customers).where(eq(customers.id, ticket.customerId)).get();
  const contact = ticket.contactId ? db.select().from(contacts).where(eq(contacts.id, ticket.contactId)).get() : undefined;
  let shipment = ticket.shipmentId ? db.select().from(shipments).where(eq(shipments.id, ticket.shipmentId)).get() : undefined;
  if (!shipment && ticket.orderId) {
    shipment = db.select().from(shipments).where(eq(shipments.orderId, ticket.orderId)).orderBy(desc(shipments.createdAt)).limit(1).get();
  }
  const orderId = ticket.orderId ?? shipment?.orderId ?? null;
  const order = orderId ? db.select().from(orders).where(eq(orders.id, orderId)).get() : undefined;
  const agent = agentId ? db.select({ name: agents.name }).from(agents).where(eq(agents.id, agentId)).get() : undefined;
  const values = macroValues(
    {
      customer: contact ? { name: contact.name } : customer ? { name: customer.name } : null,
      shipment: shipment ?? null,
      order: order ?? null,
      ticket: { number: ticket.number },
    },
    {
      language: customer?.preferences.language ?? 'en',
      timeZone: customer?.preferences.quietHours?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
  );
  const filled: Record<MacroPlaceholder, string | null> = {
    'customer.name': values['customer.name'] ?? null,
    'shipment.trackingNumber': values['shipment.trackingNumber'] ?? null,
    'shipment.carrier': values['shipment.carrier'] ?? null,
    'shipment.eta': values['shipment.eta'] ?? null,
    'order.number': values['order.number'] ?? null,
    'ticket.number': values['ticket.number'] ?? null,
    // A reply is not about a settled shipment action: those placeholders stay empty here.
    'action.kind': values['action.kind'] ?? null,
    'action.date': values['action.date'] ?? null,
    'action.window': values['action.window'] ?? null,
    'action.outcome': values['action.outcome'] ?? null,
    'action.reason': values['action.reason'] ?? null,
    'action.carrierReference': values['action.carrierReference'] ?? null,
    'agent.name': agent?.name ?? null,
  };
  return { values: filled, eta: shipment?.eta ?? null };
}
