import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { customerRowSchema, messageRowSchema, type MessageRow, type TicketRow } from '../domain/rows';
import { contactRowSchema } from '../domain/logisticsRows';
import { newTicketRow } from '../domain/newTicketRow';
import { defaultOpenTicketCap, pickAssignee } from '../routing/pickAssignee';
import { tenantScope, teamScope } from '../domain/scopes';
import { defineMutation, type RowChange } from './MutationDef';
import { requireSystemActor, requireTicketAccess } from './access';
import { MutationRejection } from './MutationRejection';

export const messageReceiveArgs = z.object({
  messageId: idSchema,
  /** The ticket it threads into, or the id of the ticket to open (with `newTicket`). */
  ticketId: idSchema,
  /** Nothing to thread into: open this ticket for the message (status new, numbered by the hub). */
  newTicket: z
    .object({
      customerId: idSchema,
      contactId: idSchema.nullable(),
      teamId: idSchema,
      /** Auto-assign (a routing rule asked for it): the team's online agents and their load, read by the hub. */
      candidates: z.array(z.object({ agentId: idSchema, openTickets: z.number().int().nonnegative(), lastAssignedAt: z.number() })).default([]),
      openTicketCap: z.number().int().positive().default(defaultOpenTicketCap),
    })
    .nullable(),
  /** A sender nobody knew: the customer and contact ingest made up for them (written with the message). */
  newCustomer: customerRowSchema.nullable().default(null),
  newContact: contactRowSchema.nullable().default(null),
  direction: z.enum(['inbound', 'note']),
  channel: messageRowSchema.shape.channel,
  externalId: z.string().min(1).max(1000),
  subject: z.string().max(100_000),
  body: z.string().max(1_000_000),
  htmlBody: messageRowSchema.shape.htmlBody,
  attachments: messageRowSchema.shape.attachments,
});
export type MessageReceiveArgs = z.infer<typeof messageReceiveArgs>;

/**
 * A customer's message arrives (ingest): it lands on the ticket the hub threaded it into, or
 * on a new ticket. Which ticket, customer and contact it belongs to are hub reads (reply
 * headers, subject numbers, identities) passed in; the rows written are decided here.
 * The customer writing again puts a solved or pending ticket back to work; a closed one is refused.
 */
export const messageReceive = defineMutation({
  name: 'message.receive',
  callers: 'system',
  args: messageReceiveArgs,
  sequences: (args) => ({ ticketNumber: args.newTicket ? 1 : 0 }),
  reads: (args) => [
    { entity: 'tickets', id: args.ticketId },
    { entity: 'messages', id: args.messageId },
  ],
  apply(args, rows, ctx) {
    requireSystemActor(ctx.actor, ['system:ingest']);
    if (rows.get('messages', args.messageId)) throw new MutationRejection('conflict', `Message ${args.messageId} already exists.`);
    const existing = rows.get('tickets', args.ticketId);
    let ticket: TicketRow;
    if (args.newTicket) {
      if (existing) throw new MutationRejection('conflict', `Ticket ${args.ticketId} already exists.`);
      ticket = newTicketRow({
        id: args.ticketId,
        number: ctx.sequences.ticketNumber ?? null,
        subject: args.subject,
        customerId: args.newTicket.customerId,
        contactId: args.newTicket.contactId,
        teamId: args.newTicket.teamId,
        assigneeId: pickAssignee(args.newTicket.candidates, args.newTicket.openTicketCap),
        channel: args.channel,
        status: 'new',
        now: ctx.now,
      });
    } else {
      const current = requireTicketAccess(ctx.actor, existing, args.ticketId);
      if (current.status === 'closed') throw new MutationRejection('conflict', `Ticket #${current.number ?? '—'} is closed; a new message opens a new ticket.`);
      ticket = {
        ...current,
        // The customer wrote again: work resumes (an agent-side on_hold stays as it is).
        status: current.status === 'solved' || current.status === 'pending' ? 'open' : current.status,
        updatedAt: ctx.now,
        lastMessageAt: Math.max(current.lastMessageAt, ctx.now),
      };
    }
    const message: MessageRow = {
      id: args.messageId,
      ticketId: ticket.id,
      direction: args.direction,
      channel: args.channel,
      authorId: null,
      subject: args.channel === 'email' ? args.subject.slice(0, 1000) : null,
      body: (args.body.trim() || '(no text)').slice(0, 100_000),
      htmlBody: args.htmlBody,
      attachments: args.attachments,
      externalId: args.externalId,
      call: null,
      deliveryStatus: 'received',
      createdAt: ctx.now,
      cc: [],
      bcc: [],
      mentions: [],
    };
    const scope = teamScope(ticket.teamId);
    const changes: RowChange[] = [];
    if (args.newCustomer) changes.push({ op: 'upsert', entity: 'customers', id: args.newCustomer.id, scope: tenantScope, row: args.newCustomer });
    if (args.newContact) changes.push({ op: 'upsert', entity: 'contacts', id: args.newContact.id, scope: tenantScope, row: args.newContact });
    changes.push({ op: 'upsert', entity: 'tickets', id: ticket.id, scope, row: ticket });
    changes.push({ op: 'upsert', entity: 'messages', id: message.id, scope, row: message });
    return changes;
  },
});
