import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { teamScope } from '../domain/scopes';
import type { MessageRow, TicketRow } from '../domain/rows';
import { messageRowDefaults } from '../domain/rowDefaults';
import { defineMutation } from './MutationDef';
import { authorIdOf, requireTicketAccess } from './access';
import { MutationRejection } from './MutationRejection';

export const ticketTransferArgs = z.object({
  id: idSchema,
  teamId: idSchema,
  /** The internal note that records the move (written in the receiving team's thread). */
  noteId: idSchema,
  note: z.string().trim().max(5_000).default(''),
  /** Who owns it in the new team (e.g. the current assignee when they belong there); null leaves it unassigned. */
  assigneeId: idSchema.nullable().default(null),
});
export type TicketTransferArgs = z.infer<typeof ticketTransferArgs>;

/**
 * Moves a ticket to another team with a note: the old team's scope gets a removal naming the new
 * team (so its desktops can say where it went), the new team's scope gets the ticket and the note.
 * The hub carries the ticket's messages and CSAT along (hub/write/carryMovedChildren.ts): a pure
 * mutation cannot list a thread it was not given. An assignee must belong to the new team.
 */
export const ticketTransfer = defineMutation({
  name: 'ticket.transfer',
  callers: 'agents',
  args: ticketTransferArgs,
  reads: (args) => [
    { entity: 'tickets', id: args.id },
    { entity: 'teams', id: args.teamId },
    { entity: 'messages', id: args.noteId },
    ...(args.assigneeId ? [{ entity: 'agents' as const, id: args.assigneeId }] : []),
  ],
  apply(args, rows, ctx) {
    const ticket = requireTicketAccess(ctx.actor, rows.get('tickets', args.id), args.id);
    const team = rows.get('teams', args.teamId);
    if (!team) throw new MutationRejection('not_found', `Team ${args.teamId} does not exist.`);
    if (team.id === ticket.teamId) throw new MutationRejection('conflict', `This ticket is already with ${team.name}.`);
    if (ticket.mergedIntoId !== null) throw new MutationRejection('conflict', 'This ticket was merged into another one; move that ticket instead.');
    if (rows.get('messages', args.noteId)) throw new MutationRejection('conflict', `Message ${args.noteId} already exists.`);
    const assignee = args.assigneeId ? rows.get('agents', args.assigneeId) : undefined;
    if (args.assigneeId && (!assignee || assignee.teamId !== team.id)) {
      throw new MutationRejection('conflict', `${assignee?.name ?? 'That agent'} is not in ${team.name}.`);
    }
    const note: MessageRow = {
      ...messageRowDefaults(),
      id: args.noteId,
      ticketId: ticket.id,
      direction: 'note',
      channel: ticket.channel,
      authorId: authorIdOf(ctx.actor),
      body: args.note === '' ? `Moved to ${team.name}.` : `Moved to ${team.name}: ${args.note}`,
      deliveryStatus: 'sent',
      createdAt: ctx.now,
    };
    // An assignee outside the new team would own a ticket they can no longer see.
    const moved: TicketRow = { ...ticket, teamId: team.id, assigneeId: assignee?.id ?? null, updatedAt: ctx.now };
    const to = teamScope(team.id);
    return [
      { op: 'delete', entity: 'tickets', id: ticket.id, scope: teamScope(ticket.teamId), row: null, movedTo: team.id },
      { op: 'upsert', entity: 'tickets', id: ticket.id, scope: to, row: moved },
      { op: 'upsert', entity: 'messages', id: note.id, scope: to, row: note },
    ];
  },
});
