import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { teamScope } from '../domain/scopes';
import type { ExceptionRow } from '../domain/logisticsRows';
import type { MessageRow, TicketPriority, TicketRow } from '../domain/rows';
import type { ExceptionSeverity } from '../logistics/exceptionKinds';
import { messageRowDefaults } from '../domain/rowDefaults';
import { newTicketRow } from '../domain/newTicketRow';
import { defineMutation } from './MutationDef';
import { authorIdOf, requireExceptionAccess } from './access';
import { MutationRejection } from './MutationRejection';

export const exceptionOpenTicketArgs = z.object({
  exceptionId: idSchema,
  /** The new ticket's id and its first (internal note) message's id. */
  ticketId: idSchema,
  messageId: idSchema,
  /** What the caller saw on the exception; refused when the exception says otherwise (changed meanwhile). */
  shipmentId: idSchema.nullable(),
  /** The order of a warehouse exception (no shipment yet). */
  orderId: idSchema.nullable().default(null),
  customerId: idSchema,
  /** The ticket linked now (a closed one may be replaced); null when none. */
  linkedTicketId: idSchema.nullable(),
  subject: z.string().trim().min(1, 'subject is empty').max(500),
  note: z.string().trim().min(1, 'note is empty').max(100_000),
});
export type ExceptionOpenTicketArgs = z.infer<typeof exceptionOpenTicketArgs>;

const priorityOf: Record<ExceptionSeverity, TicketPriority> = { low: 'low', medium: 'normal', high: 'high', critical: 'urgent' };

/**
 * Opens a ticket about an exception (its customer, shipment and order, in the exception's
 * team, on the customer's preferred channel) and links it. Refused while an unclosed ticket
 * is linked: the agent should open that one instead.
 */
export const exceptionOpenTicket = defineMutation({
  name: 'exception.openTicket',
  callers: 'agents',
  args: exceptionOpenTicketArgs,
  sequences: () => ({ ticketNumber: 1 }),
  reads: (args) => [
    { entity: 'exceptions', id: args.exceptionId },
    { entity: 'tickets', id: args.ticketId },
    ...(args.shipmentId ? [{ entity: 'shipments' as const, id: args.shipmentId }] : []),
    ...(args.orderId ? [{ entity: 'orders' as const, id: args.orderId }] : []),
    { entity: 'customers', id: args.customerId },
    ...(args.linkedTicketId ? [{ entity: 'tickets' as const, id: args.linkedTicketId }] : []),
  ],
  apply(args, rows, ctx) {
    const exception = requireExceptionAccess(ctx.actor, rows.get('exceptions', args.exceptionId), args.exceptionId);
    if (rows.get('tickets', args.ticketId)) throw new MutationRejection('conflict', `Ticket ${args.ticketId} already exists.`);
    if (exception.shipmentId !== args.shipmentId || exception.orderId !== args.orderId || exception.customerId !== args.customerId || exception.ticketId !== args.linkedTicketId) {
      throw new MutationRejection('conflict', 'This exception changed meanwhile; look at it again and retry.');
    }
    const linked = args.linkedTicketId ? rows.get('tickets', args.linkedTicketId) : undefined;
    if (linked && linked.status !== 'closed') {
      throw new MutationRejection('conflict', `Ticket #${linked.number ?? '—'} is already linked to this exception; open it instead.`);
    }
    const shipment = args.shipmentId ? rows.get('shipments', args.shipmentId) : undefined;
    const order = args.orderId ? rows.get('orders', args.orderId) : undefined;
    const customer = rows.get('customers', args.customerId);
    // A shipment exception needs its shipment; a warehouse exception (no shipment) its order.
    if ((!shipment && !order) || !customer) throw new MutationRejection('not_found', 'The shipment, order or customer of this exception is not available.');
    const ticket: TicketRow = newTicketRow({
      id: args.ticketId,
      number: ctx.sequences.ticketNumber ?? null,
      subject: args.subject,
      customerId: customer.id,
      teamId: exception.teamId,
      assigneeId: exception.assigneeId,
      channel: customer.preferences.preferredChannel,
      status: 'open',
      priority: priorityOf[exception.severity],
      orderId: shipment?.orderId ?? order?.id ?? null,
      shipmentId: shipment?.id ?? null,
      now: ctx.now,
    });
    const message: MessageRow = {
      ...messageRowDefaults(),
      id: args.messageId,
      ticketId: ticket.id,
      direction: 'note',
      channel: ticket.channel,
      authorId: authorIdOf(ctx.actor),
      body: args.note,
      deliveryStatus: 'sent',
      createdAt: ctx.now,
    };
    const updated: ExceptionRow = { ...exception, ticketId: ticket.id };
    const scope = teamScope(exception.teamId);
    return [
      { op: 'upsert', entity: 'tickets', id: ticket.id, scope, row: ticket },
      { op: 'upsert', entity: 'messages', id: message.id, scope, row: message },
      { op: 'upsert', entity: 'exceptions', id: exception.id, scope, row: updated },
    ];
  },
});
