import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { teamScope } from '../domain/scopes';
import type { MessageRow, TicketRow } from '../domain/rows';
import { messageRowDefaults } from '../domain/rowDefaults';
import { defineMutation } from './MutationDef';
import { authorIdOf, requireCrossCustomerMerge, requireTicketAccess } from './access';
import { MutationRejection } from './MutationRejection';

export const ticketMergeArgs = z.object({
  /** The duplicate: closed, pointing at the target; its messages stay and show in the target's thread. */
  sourceId: idSchema,
  targetId: idSchema,
  /** The internal note recording the merge (written on the duplicate, so both threads show it). */
  noteId: idSchema,
  /** Tickets of different customers merge only when a lead or admin says so explicitly. */
  allowOtherCustomer: z.boolean().default(false),
});
export type TicketMergeArgs = z.infer<typeof ticketMergeArgs>;

const label = (t: TicketRow): string => (t.number === null ? `"${t.subject}"` : `#${t.number}`);

/**
 * Merges a duplicate ticket into another: the duplicate is closed with `mergedIntoId` and a
 * note; its messages are linked, not moved (queries read a merged ticket's thread with its
 * duplicates'), so messages that reach the duplicate later still show up in the target.
 */
export const ticketMerge = defineMutation({
  name: 'ticket.merge',
  callers: 'agents',
  args: ticketMergeArgs,
  reads: (args) => [
    { entity: 'tickets', id: args.sourceId },
    { entity: 'tickets', id: args.targetId },
    { entity: 'messages', id: args.noteId },
  ],
  apply(args, rows, ctx) {
    if (args.sourceId === args.targetId) throw new MutationRejection('invalid_args', 'A ticket cannot be merged into itself.');
    const source = requireTicketAccess(ctx.actor, rows.get('tickets', args.sourceId), args.sourceId);
    const target = requireTicketAccess(ctx.actor, rows.get('tickets', args.targetId), args.targetId);
    if (rows.get('messages', args.noteId)) throw new MutationRejection('conflict', `Message ${args.noteId} already exists.`);
    if (source.mergedIntoId !== null) throw new MutationRejection('conflict', `Ticket ${label(source)} is already merged into another ticket.`);
    if (target.mergedIntoId !== null) {
      throw new MutationRejection('conflict', `Ticket ${label(target)} was itself merged into another ticket; merge into that one.`);
    }
    if (target.status === 'closed') throw new MutationRejection('conflict', `Ticket ${label(target)} is closed; merge into an open ticket.`);
    // Messages stay in the duplicate's team scope: a target in another team would not see them.
    if (source.teamId !== target.teamId) throw new MutationRejection('conflict', 'Both tickets must belong to the same team; move one first.');
    if (source.customerId !== target.customerId) {
      if (!args.allowOtherCustomer) throw new MutationRejection('conflict', 'These tickets belong to different customers.');
      requireCrossCustomerMerge(ctx.actor);
    }
    const note: MessageRow = {
      ...messageRowDefaults(),
      id: args.noteId,
      ticketId: source.id,
      direction: 'note',
      channel: source.channel,
      authorId: authorIdOf(ctx.actor),
      body: `Merged ${label(source)} (${source.subject}) into ${label(target)}.`,
      deliveryStatus: 'sent',
      createdAt: ctx.now,
    };
    const closed: TicketRow = { ...source, status: 'closed', mergedIntoId: target.id, updatedAt: ctx.now };
    const touched: TicketRow = {
      ...target,
      // The duplicate's newer messages now belong to this conversation.
      lastMessageAt: Math.max(target.lastMessageAt, source.lastMessageAt),
      updatedAt: ctx.now,
    };
    const scope = teamScope(target.teamId);
    return [
      { op: 'upsert', entity: 'tickets', id: closed.id, scope, row: closed },
      { op: 'upsert', entity: 'messages', id: note.id, scope, row: note },
      { op: 'upsert', entity: 'tickets', id: touched.id, scope, row: touched },
    ];
  },
});
