import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { teamScope, tenantScope } from '../domain/scopes';
import { channelSchema, customerKindSchema, ticketPrioritySchema, type CustomerRow, type MessageRow, type TicketRow } from '../domain/rows';
import { customerRowDefaults, messageRowDefaults } from '../domain/rowDefaults';
import { callDetailsSchema, tagNameSchema } from '../domain/ticketLabelRows';
import { newTicketRow } from '../domain/newTicketRow';
import { checkFieldValues } from '../labels/checkFieldValues';
import { labelDefId } from '../labels/labelDefId';
import { defineMutation, type RowChange, type RowReader } from './MutationDef';
import { authorIdOf, canAccessTicket } from './access';
import { MutationRejection } from './MutationRejection';
import { fieldDefsFor, ticketFieldValuesSchema } from './ticketSetFields';

/** A customer met for the first time on the phone: created with the ticket, in one step. */
export const newCustomerArgs = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'give the customer a name').max(200),
  email: z.email('not an email address').nullable().default(null),
  phone: z.string().trim().max(50).nullable().default(null),
  kind: customerKindSchema.default('b2c'),
});

export const ticketCreateArgs = z
  .object({
    id: idSchema,
    subject: z.string().trim().min(1, 'subject is empty').max(500),
    customerId: idSchema,
    /** Given when the customer is new; its id must equal customerId. */
    newCustomer: newCustomerArgs.nullable().default(null),
    teamId: idSchema,
    assigneeId: idSchema.nullable().default(null),
    channel: channelSchema,
    priority: ticketPrioritySchema.default('normal'),
    tags: z.array(tagNameSchema).max(50).default(() => []),
    fields: ticketFieldValuesSchema.default(() => ({})),
    orderId: idSchema.nullable().default(null),
    shipmentId: idSchema.nullable().default(null),
    /** The message that opened the ticket: the customer's words (inbound) or the agent's note of a call. */
    firstMessage: z.object({
      id: idSchema,
      direction: z.enum(['inbound', 'note']),
      body: z.string().trim().min(1, 'message is empty').max(100_000),
      call: callDetailsSchema.nullable().default(null),
    }),
  })
  .refine((a) => a.newCustomer === null || a.newCustomer.id === a.customerId, { message: 'newCustomer.id must equal customerId', path: ['newCustomer'] })
  .refine((a) => a.firstMessage.call === null || a.firstMessage.direction === 'note', { message: 'a call is logged as a note', path: ['firstMessage', 'call'] });
export type TicketCreateArgs = z.infer<typeof ticketCreateArgs>;

function checkLinks(args: TicketCreateArgs, rows: RowReader): void {
  if (args.assigneeId) {
    const assignee = rows.get('agents', args.assigneeId);
    if (!assignee) throw new MutationRejection('not_found', `Agent ${args.assigneeId} does not exist.`);
    if (assignee.teamId !== args.teamId) throw new MutationRejection('conflict', `${assignee.name} is not in the chosen team.`);
  }
  if (args.orderId) {
    const order = rows.get('orders', args.orderId);
    if (!order) throw new MutationRejection('not_found', `Order ${args.orderId} does not exist.`);
    if (order.customerId !== args.customerId) throw new MutationRejection('conflict', `Order ${order.number} belongs to another customer.`);
  }
  if (args.shipmentId) {
    const shipment = rows.get('shipments', args.shipmentId);
    if (!shipment) throw new MutationRejection('not_found', `Shipment ${args.shipmentId} does not exist.`);
    if (shipment.customerId !== args.customerId) throw new MutationRejection('conflict', `Shipment ${shipment.trackingNumber} belongs to another customer.`);
  }
}

/**
 * Opens a ticket with its first message (or call note), tags, fields, links and, for a new
 * caller, the customer: one mutation, so it all lands or none of it. The hub numbers it.
 */
export const ticketCreate = defineMutation({
  name: 'ticket.create',
  callers: 'agents',
  args: ticketCreateArgs,
  sequences: () => ({ ticketNumber: 1 }),
  reads: (args) => [
    { entity: 'tickets', id: args.id },
    { entity: 'customers', id: args.customerId },
    { entity: 'teams', id: args.teamId },
    ...(args.assigneeId ? [{ entity: 'agents' as const, id: args.assigneeId }] : []),
    ...(args.orderId ? [{ entity: 'orders' as const, id: args.orderId }] : []),
    ...(args.shipmentId ? [{ entity: 'shipments' as const, id: args.shipmentId }] : []),
    ...Object.keys(args.fields).map((key) => ({ entity: 'field_defs' as const, id: labelDefId('field', key) })),
  ],
  apply(args, rows, ctx) {
    if (rows.get('tickets', args.id)) throw new MutationRejection('conflict', `Ticket ${args.id} already exists.`);
    const stored = rows.get('customers', args.customerId);
    if (args.newCustomer && stored) throw new MutationRejection('conflict', `Customer ${args.customerId} already exists.`);
    if (!args.newCustomer && !stored) throw new MutationRejection('not_found', `Customer ${args.customerId} does not exist.`);
    if (!rows.get('teams', args.teamId)) throw new MutationRejection('not_found', `Team ${args.teamId} does not exist.`);
    if (!canAccessTicket(ctx.actor, { teamId: args.teamId })) {
      throw new MutationRejection('forbidden', 'You can only open tickets for your own team.');
    }
    checkLinks(args, rows);
    const checked = checkFieldValues(fieldDefsFor(Object.keys(args.fields), rows), args.fields);
    if (checked.problems.length > 0) throw new MutationRejection('invalid_args', checked.problems.map((p) => p.message).join('; '));
    const ticket: TicketRow = newTicketRow({
      id: args.id,
      number: ctx.sequences.ticketNumber ?? null,
      subject: args.subject,
      customerId: args.customerId,
      teamId: args.teamId,
      assigneeId: args.assigneeId,
      channel: args.channel,
      status: 'new',
      priority: args.priority,
      orderId: args.orderId,
      shipmentId: args.shipmentId,
      tags: [...new Set(args.tags)],
      fields: checked.fields,
      now: ctx.now,
    });
    const message: MessageRow = {
      ...messageRowDefaults(),
      id: args.firstMessage.id,
      ticketId: args.id,
      direction: args.firstMessage.direction,
      channel: args.channel,
      authorId: args.firstMessage.direction === 'note' ? authorIdOf(ctx.actor) : null,
      body: args.firstMessage.body,
      call: args.firstMessage.call,
      deliveryStatus: args.firstMessage.direction === 'inbound' ? 'received' : 'sent',
      createdAt: ctx.now,
    };
    const scope = teamScope(args.teamId);
    const changes: RowChange[] = [];
    if (args.newCustomer) {
      const c = args.newCustomer;
      const customer: CustomerRow = {
        ...customerRowDefaults(),
        id: c.id,
        name: c.name,
        email: c.email,
        phone: c.phone || null,
        kind: c.kind,
        tier: 'standard',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
      changes.push({ op: 'upsert', entity: 'customers', id: customer.id, scope: tenantScope, row: customer });
    }
    changes.push(
      { op: 'upsert', entity: 'tickets', id: ticket.id, scope, row: ticket },
      { op: 'upsert', entity: 'messages', id: message.id, scope, row: message },
    );
    return changes;
  },
});
