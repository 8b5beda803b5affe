import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { teamScope } from '../domain/scopes';
import type { ExceptionRow } from '../domain/logisticsRows';
import type { MessageRow, TicketRow } from '../domain/rows';
import { outboundMessageRow } from '../domain/outboundMessageRow';
import { renderMacroFor } from '../rules/notifications/renderMacroFor';
import { checkChannelLimit } from '../messages/checkChannelLimit';
import { defineMutation } from './MutationDef';
import { requireAgent, requireExceptionAccess, requireTicketAccess } from './access';
import { exceptionNotifyChannel } from './exceptionNotifyChannel';
import { MutationRejection } from './MutationRejection';

export const exceptionNotifyCustomerArgs = z.object({
  exceptionId: idSchema,
  /** The ticket linked to the exception, which carries the message (open one first if none). */
  ticketId: idSchema,
  macroId: idSchema,
  messageId: idSchema,
  /** The signed-in agent; must be the actor (fills {{agent.name}}). */
  senderId: idSchema,
  /** What the caller saw on the exception and shipment; refused when they changed meanwhile. */
  shipmentId: idSchema,
  customerId: idSchema,
  orderId: idSchema.nullable(),
  /** The text the agent reviewed (and maybe edited) for this customer; absent: the macro as rendered. */
  body: z.string().trim().min(1, 'message is empty').max(100_000).optional(),
});
export type ExceptionNotifyCustomerArgs = z.infer<typeof exceptionNotifyCustomerArgs>;

/**
 * Tells the customer about an exception: renders a macro for them (their language and zone)
 * and queues it as an outbound message on the exception's ticket, on a channel they accept.
 * The hub sends queued messages after commit. Refused rather than sending a message with an
 * unfilled placeholder.
 */
export const exceptionNotifyCustomer = defineMutation({
  name: 'exception.notifyCustomer',
  callers: 'agents',
  args: exceptionNotifyCustomerArgs,
  reads: (args) => [
    { entity: 'exceptions', id: args.exceptionId },
    { entity: 'tickets', id: args.ticketId },
    { entity: 'macros', id: args.macroId },
    { entity: 'messages', id: args.messageId },
    { entity: 'agents', id: args.senderId },
    { entity: 'shipments', id: args.shipmentId },
    { entity: 'customers', id: args.customerId },
    ...(args.orderId ? [{ entity: 'orders' as const, id: args.orderId }] : []),
  ],
  apply(args, rows, ctx) {
    const agent = requireAgent(ctx.actor);
    const exception = requireExceptionAccess(ctx.actor, rows.get('exceptions', args.exceptionId), args.exceptionId);
    if (args.senderId !== agent.agentId) throw new MutationRejection('forbidden', 'Messages are sent in your own name.');
    if (exception.ticketId !== args.ticketId) {
      throw new MutationRejection('conflict', 'The ticket linked to this exception changed meanwhile; look at it again and retry.');
    }
    const ticket = requireTicketAccess(ctx.actor, rows.get('tickets', args.ticketId), args.ticketId);
    if (ticket.status === 'closed') {
      throw new MutationRejection('conflict', `Ticket #${ticket.number ?? '—'} is closed; open a new ticket for this exception first.`);
    }
    if (rows.get('messages', args.messageId)) throw new MutationRejection('conflict', `Message ${args.messageId} already exists.`);
    const macro = rows.get('macros', args.macroId);
    if (!macro) throw new MutationRejection('not_found', `Macro ${args.macroId} does not exist.`);
    const shipment = rows.get('shipments', args.shipmentId);
    const customer = rows.get('customers', args.customerId);
    if (!shipment || !customer) throw new MutationRejection('not_found', 'The shipment or customer of this exception is not available.');
    const order = args.orderId ? rows.get('orders', args.orderId) : undefined;
    if (exception.shipmentId !== shipment.id || exception.customerId !== customer.id || shipment.orderId !== args.orderId) {
      throw new MutationRejection('conflict', 'This exception changed meanwhile; look at it again and retry.');
    }
    const channel = exceptionNotifyChannel(customer, ticket, macro.channel);
    if (!channel) {
      throw new MutationRejection('conflict', `${customer.name} has not opted in to messages on any channel we can reach them on.`);
    }
    const sender = rows.get('agents', args.senderId);
    // Unknown sender (agents not synced yet): the placeholder stays and the run is refused below.
    const withAgent = sender ? macro.body.replace(/\{\{\s*agent\.name\s*\}\}/g, sender.name) : macro.body;
    const rendered = renderMacroFor(withAgent, { customer, shipment, order: order ?? null, ticket });
    const gaps = args.body === undefined ? [...rendered.unknown, ...rendered.missing] : [...new Set([...args.body.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)].map((m) => m[1] ?? ''))];
    if (gaps.length > 0) {
      const names = gaps.map((g) => `{{${g}}}`).join(', ');
      throw new MutationRejection('conflict', `"${macro.title}" needs ${names}, which has no value for ${customer.name}; pick another macro or reply by hand.`);
    }
    // An unreviewed macro must not promise a date that has passed; an edited text is the agent's word.
    if (args.body === undefined && /\{\{\s*shipment\.eta\s*\}\}/.test(macro.body) && shipment.eta !== null && shipment.eta < ctx.now) {
      throw new MutationRejection('conflict', `The ETA of ${shipment.trackingNumber} is in the past; edit the message for ${customer.name} before sending.`);
    }
    const body = args.body ?? rendered.text;
    const limit = checkChannelLimit(channel, body);
    if (limit.message) throw new MutationRejection('invalid_args', limit.message);
    const message: MessageRow = outboundMessageRow({ id: args.messageId, ticket, channel, body, authorId: agent.agentId, now: ctx.now });
    const updatedTicket: TicketRow = {
      ...ticket,
      status: ticket.status === 'new' ? 'open' : ticket.status,
      updatedAt: ctx.now,
      lastMessageAt: Math.max(ticket.lastMessageAt, ctx.now),
    };
    const updatedException: ExceptionRow = { ...exception, notifiedAt: ctx.now };
    return [
      { op: 'upsert', entity: 'messages', id: message.id, scope: teamScope(ticket.teamId), row: message },
      { op: 'upsert', entity: 'tickets', id: ticket.id, scope: teamScope(ticket.teamId), row: updatedTicket },
      { op: 'upsert', entity: 'exceptions', id: exception.id, scope: teamScope(exception.teamId), row: updatedException },
    ];
  },
});
