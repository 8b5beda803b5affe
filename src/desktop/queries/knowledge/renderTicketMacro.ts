import { desc, eq } from 'drizzle-orm';
import { macroValues, renderMacro } from '../../../core';
import type { RenderedMacroView } from '../../../core/contract/channels/knowledgeChannels';
import type { ReplicaDb } from '../../db/openReplica';
import { agents, contacts, customers, macros, orders, shipments, tickets } from '../../db/schema';

/**
 * Fills a macro for a reply on this ticket from the replica: the contact's (else customer's)
 * name, the ticket's shipment (else its order's latest), the order, the ticket number and the
 * signed-in agent. Dates use the customer's language and quiet-hours zone (else this computer's).
 * Placeholders without a value stay visible and are reported. null when macro or ticket is gone.
 */
export function renderTicketMacro(db: ReplicaDb, macroId: string, ticketId: string, agentId: string | null): RenderedMacroView | null {
  const macro = db.select().from(macros).where(eq(macros.id, macroId)).get();
  const ticket = db.select().from(tickets).where(eq(tickets.id, ticketId)).get();
  if (!macro || !ticket) return null;
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
  const filled = { ...values, 'agent.name': agent?.name ?? null };
  const usesEta = /\{\{\s*shipment\.eta\s*\}\}/.test(macro.body);
  return { ...renderMacro(macro.body, filled), values: filled, etaAt: usesEta ? (shipment?.eta ?? null) : null };
}
