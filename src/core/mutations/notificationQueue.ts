import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { newTicketRow } from '../domain/newTicketRow';
import { outboundMessageRow } from '../domain/outboundMessageRow';
import { teamScope } from '../domain/scopes';
import type { ExceptionRow } from '../domain/logisticsRows';
import type { TicketRow } from '../domain/rows';
import { renderMacroFor } from '../rules/notifications/renderMacroFor';
import { defineMutation, type RowChange } from './MutationDef';
import { requireSystemActor, requireTicketAccess } from './access';
import { MutationRejection } from './MutationRejection';

const notifiableChannelSchema = z.enum(['email', 'sms', 'chat', 'social']);

export const notificationQueueArgs = z.object({
  /** The shipment, and its customer and order as the rules read them; refused when they differ now. */
  shipmentId: idSchema,
  customerId: idSchema,
  orderId: idSchema.nullable(),
  /** The ticket about the shipment that carries the messages, or the id of the one to open. */
  ticketId: idSchema,
  /** No ticket about the shipment yet: open one, pending on the customer, in this team. */
  newTicket: z.object({ subject: z.string().min(1).max(500), teamId: idSchema, channel: notifiableChannelSchema }).nullable(),
  /** One message per automation that decided to send (the rules decided channel and macro). */
  messages: z
    .array(z.object({ id: idSchema, macroId: idSchema, channel: notifiableChannelSchema }))
    .min(1, 'nothing to send')
    .max(50),
  /** The exception that triggered it: linked to the ticket when it has none. */
  exceptionId: idSchema.nullable(),
  /** The settled carrier request the messages tell about (its kind, date, outcome fill the macro). */
  shipmentActionId: idSchema.nullable().default(null),
});
export type NotificationQueueArgs = z.infer<typeof notificationQueueArgs>;

/**
 * The rules tell a customer about their shipment (actor system:rules): each automation's
 * macro rendered for the customer, queued as an outbound message on the shipment's ticket
 * (a new pending ticket when there is none); the hub sends it after commit. Whether, when
 * and on which channel to send is decided before (decideNotification, with hub reads).
 */
export const notificationQueue = defineMutation({
  name: 'notification.queue',
  callers: 'system',
  args: notificationQueueArgs,
  sequences: (args) => ({ ticketNumber: args.newTicket ? 1 : 0 }),
  reads: (args) => [
    { entity: 'shipments', id: args.shipmentId },
    { entity: 'customers', id: args.customerId },
    ...(args.orderId ? [{ entity: 'orders' as const, id: args.orderId }] : []),
    { entity: 'tickets', id: args.ticketId },
    ...args.messages.flatMap((m) => [
      { entity: 'messages' as const, id: m.id },
      { entity: 'macros' as const, id: m.macroId },
    ]),
    ...(args.exceptionId ? [{ entity: 'exceptions' as const, id: args.exceptionId }] : []),
    ...(args.shipmentActionId ? [{ entity: 'shipment_actions' as const, id: args.shipmentActionId }] : []),
  ],
  apply(args, rows, ctx) {
    requireSystemActor(ctx.actor, ['system:rules']);
    const shipment = rows.get('shipments', args.shipmentId);
    if (!shipment) throw new MutationRejection('not_found', `Shipment ${args.shipmentId} does not exist.`);
    if (shipment.customerId !== args.customerId || shipment.orderId !== args.orderId) {
      throw new MutationRejection('conflict', `Shipment ${shipment.trackingNumber} changed customer or order meanwhile.`);
    }
    const customer = rows.get('customers', args.customerId);
    if (!customer) throw new MutationRejection('not_found', `Customer ${args.customerId} does not exist.`);
    const order = args.orderId ? rows.get('orders', args.orderId) : undefined;
    const action = args.shipmentActionId ? rows.get('shipment_actions', args.shipmentActionId) : undefined;
    if (args.shipmentActionId && action?.shipmentId !== shipment.id) throw new MutationRejection('not_found', `Shipment action ${args.shipmentActionId} is not on shipment ${shipment.trackingNumber}.`);
    const existing = rows.get('tickets', args.ticketId);
    let ticket: TicketRow;
    if (args.newTicket) {
      if (existing) throw new MutationRejection('conflict', `Ticket ${args.ticketId} already exists.`);
      ticket = newTicketRow({
        id: args.ticketId,
        number: ctx.sequences.ticketNumber ?? null,
        subject: args.newTicket.subject,
        customerId: shipment.customerId,
        teamId: args.newTicket.teamId,
        channel: args.newTicket.channel,
        status: 'pending',
        orderId: shipment.orderId,
        shipmentId: shipment.id,
        now: ctx.now,
      });
    } else {
      ticket = { ...requireTicketAccess(ctx.actor, existing, args.ticketId), updatedAt: ctx.now };
      ticket.lastMessageAt = Math.max(ticket.lastMessageAt, ctx.now);
    }
    const scope = teamScope(ticket.teamId);
    const changes: RowChange[] = [{ op: 'upsert', entity: 'tickets', id: ticket.id, scope, row: ticket }];
    for (const m of args.messages) {
      if (rows.get('messages', m.id)) throw new MutationRejection('conflict', `Message ${m.id} already exists.`);
      const macro = rows.get('macros', m.macroId);
      if (!macro) throw new MutationRejection('not_found', `Macro ${m.macroId} does not exist.`);
      const rendered = renderMacroFor(macro.body, { customer, shipment, order: order ?? null, ticket, action: action ?? null });
      const message = outboundMessageRow({ id: m.id, ticket, channel: m.channel, body: rendered.text, authorId: null, now: ctx.now });
      changes.push({ op: 'upsert', entity: 'messages', id: message.id, scope, row: message });
    }
    const exception = args.exceptionId ? rows.get('exceptions', args.exceptionId) : undefined;
    if (exception && exception.ticketId === null) {
      const linked: ExceptionRow = { ...exception, ticketId: ticket.id };
      changes.push({ op: 'upsert', entity: 'exceptions', id: linked.id, scope: teamScope(linked.teamId), row: linked });
    }
    return changes;
  },
});
