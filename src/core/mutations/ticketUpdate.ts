import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { teamScope } from '../domain/scopes';
import { ticketPrioritySchema, ticketStatusSchema, type TicketRow } from '../domain/rows';
import { defineMutation } from './MutationDef';
import { requireTicketAccess } from './access';
import { MutationRejection } from './MutationRejection';

export const ticketUpdateArgs = z
  .object({
    id: idSchema,
    status: ticketStatusSchema.optional(),
    priority: ticketPrioritySchema.optional(),
    /** null unassigns. */
    assigneeId: idSchema.nullable().optional(),
  })
  .refine((a) => a.status !== undefined || a.priority !== undefined || a.assigneeId !== undefined, {
    message: 'nothing to change: give status, priority or assigneeId',
  });
export type TicketUpdateArgs = z.infer<typeof ticketUpdateArgs>;

/** Changes a ticket's status, priority or assignee; each field left out stays as it is. */
export const ticketUpdate = defineMutation({
  name: 'ticket.update',
  args: ticketUpdateArgs,
  reads: (args) => [
    { entity: 'tickets', id: args.id },
    ...(args.assigneeId ? [{ entity: 'agents' as const, id: args.assigneeId }] : []),
  ],
  apply(args, rows, ctx) {
    const ticket = requireTicketAccess(ctx.actor, rows.get('tickets', args.id), args.id);
    if (args.assigneeId) {
      const assignee = rows.get('agents', args.assigneeId);
      if (!assignee) throw new MutationRejection('not_found', `Agent ${args.assigneeId} does not exist.`);
      if (assignee.teamId !== ticket.teamId) {
        throw new MutationRejection('conflict', `${assignee.name} is not in this ticket's team.`);
      }
    }
    const updated: TicketRow = {
      ...ticket,
      status: args.status ?? ticket.status,
      priority: args.priority ?? ticket.priority,
      assigneeId: args.assigneeId === undefined ? ticket.assigneeId : args.assigneeId,
      updatedAt: ctx.now,
    };
    return [{ op: 'upsert', entity: 'tickets', id: ticket.id, scope: teamScope(ticket.teamId), row: updated }];
  },
});
