import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { teamScope } from '../domain/scopes';
import { channelSchema, ticketPrioritySchema, type MessageRow, type TicketRow } from '../domain/rows';
import { messageRowDefaults } from '../domain/rowDefaults';
import { newTicketRow } from '../domain/newTicketRow';
import { defineMutation } from './MutationDef';
import { authorIdOf, canAccessTicket } from './access';
import { MutationRejection } from './MutationRejection';

export const ticketCreateArgs = z.object({
  id: idSchema,
  subject: z.string().trim().min(1, 'subject is empty').max(500),
  customerId: idSchema,
  teamId: idSchema,
  channel: channelSchema,
  priority: ticketPrioritySchema.default('normal'),
  /** The message that opened the ticket: the customer's words (inbound) or the agent's note of a call. */
  firstMessage: z.object({
    id: idSchema,
    direction: z.enum(['inbound', 'note']),
    body: z.string().trim().min(1, 'message is empty').max(100_000),
  }),
});
export type TicketCreateArgs = z.infer<typeof ticketCreateArgs>;

/** Opens a ticket with its first message. The hub numbers it; offline the number stays empty. */
export const ticketCreate = defineMutation({
  name: 'ticket.create',
  callers: 'agents',
  args: ticketCreateArgs,
  sequences: () => ({ ticketNumber: 1 }),
  reads: (args) => [
    { entity: 'tickets', id: args.id },
    { entity: 'customers', id: args.customerId },
    { entity: 'teams', id: args.teamId },
  ],
  apply(args, rows, ctx) {
    if (rows.get('tickets', args.id)) throw new MutationRejection('conflict', `Ticket ${args.id} already exists.`);
    if (!rows.get('customers', args.customerId)) {
      throw new MutationRejection('not_found', `Customer ${args.customerId} does not exist.`);
    }
    if (!rows.get('teams', args.teamId)) throw new MutationRejection('not_found', `Team ${args.teamId} does not exist.`);
    if (!canAccessTicket(ctx.actor, { teamId: args.teamId })) {
      throw new MutationRejection('forbidden', 'You can only open tickets for your own team.');
    }
    const ticket: TicketRow = newTicketRow({
      id: args.id,
      number: ctx.sequences.ticketNumber ?? null,
      subject: args.subject,
      customerId: args.customerId,
      teamId: args.teamId,
      channel: args.channel,
      status: 'new',
      priority: args.priority,
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
      deliveryStatus: args.firstMessage.direction === 'inbound' ? 'received' : 'sent',
      createdAt: ctx.now,
    };
    const scope = teamScope(args.teamId);
    return [
      { op: 'upsert', entity: 'tickets', id: ticket.id, scope, row: ticket },
      { op: 'upsert', entity: 'messages', id: message.id, scope, row: message },
    ];
  },
});
