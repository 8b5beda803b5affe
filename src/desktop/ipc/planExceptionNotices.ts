import { exceptionNotifyChannel, exceptionTicketArgs, uuidv7, type ExceptionNotifyCustomersArgs, type ExceptionNotifyResult } from '../../core';
import type { HandlerContext } from './HandlerContext';
import { IpcFailure } from './IpcFailure';

type Item = ExceptionNotifyCustomersArgs['items'][number];

/**
 * Plans a bulk notify without writing: for each exception, a macro message to its customer on
 * the linked ticket (a ticket is opened first when there is none or it is closed). Exceptions
 * this replica can already tell are not notifiable are skipped with the reason; the rest become
 * the args of ONE `exception.notifyCustomers` mutation (null when none), which the caller sends
 * on its channel: the hub applies all of them or refuses all. One message per shipment even if
 * several are selected. `bodies` holds the texts the agent edited in the preview, by exception id.
 */
export function planExceptionNotices(
  ctx: HandlerContext,
  ids: readonly string[],
  macroId: string,
  bodies: Readonly<Record<string, string>> = {},
): { args: ExceptionNotifyCustomersArgs | null; results: ExceptionNotifyResult[] } {
  const actor = ctx.session.actor();
  if (!actor) throw new IpcFailure('unauthorized', 'Sign in first.');
  const macro = ctx.store.rows.get('macros', macroId);
  if (!macro) throw new IpcFailure('invalid_input', 'That macro is not available any more; pick another.');
  const shipmentsDone = new Set<string>();
  const items: Item[] = [];
  const results = [...new Set(ids)].map((id): ExceptionNotifyResult => {
    const exception = ctx.store.rows.get('exceptions', id);
    if (!exception) return { exceptionId: id, customerName: 'Unknown customer', outcome: 'skipped', reason: 'Not in your queue any more.', ticketId: null };
    const customer = ctx.store.rows.get('customers', exception.customerId);
    const shipment = exception.shipmentId ? ctx.store.rows.get('shipments', exception.shipmentId) : undefined;
    const skip = (reason: string): ExceptionNotifyResult => ({
      exceptionId: id,
      customerName: customer?.name ?? 'Unknown customer',
      outcome: 'skipped',
      reason,
      ticketId: exception.ticketId,
    });
    if (!exception.shipmentId) return skip('A warehouse exception is about an order, not a shipment: write from its ticket.');
    if (!customer || !shipment) return skip('Its customer or shipment has not arrived in this replica yet.');
    if (shipmentsDone.has(shipment.id)) return skip('Same shipment as another selected exception: one message covers both.');
    const ticket = exception.ticketId ? ctx.store.rows.get('tickets', exception.ticketId) : undefined;
    // Checked before opening a ticket, so a customer we may not message gets no empty ticket.
    if (!exceptionNotifyChannel(customer, ticket ?? { channel: customer.preferences.preferredChannel }, macro.channel)) {
      return skip(`${customer.name} has not opted in to messages on any channel we can reach them on.`);
    }
    const now = ctx.now();
    // The linked ticket carries the message unless it is closed; then a new one is opened first.
    const openTicket = ticket && ticket.status !== 'closed' ? null : exceptionTicketArgs(exception, shipment, '', now);
    const ticketId = openTicket ? openTicket.ticketId : (ticket?.id ?? '');
    items.push({
      openTicket,
      notify: {
        exceptionId: exception.id,
        ticketId,
        macroId,
        messageId: uuidv7(now),
        senderId: actor.agentId,
        shipmentId: shipment.id,
        customerId: customer.id,
        orderId: shipment.orderId,
        ...(bodies[id] === undefined ? {} : { body: bodies[id] }),
      },
    });
    shipmentsDone.add(shipment.id);
    return { exceptionId: id, customerName: customer.name, outcome: 'queued', reason: null, ticketId };
  });
  return { args: items.length === 0 ? null : { items }, results };
}
