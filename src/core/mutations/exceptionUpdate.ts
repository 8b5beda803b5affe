import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { teamScope } from '../domain/scopes';
import type { ExceptionRow } from '../domain/logisticsRows';
import { defineMutation } from './MutationDef';
import { requireAgent, requireExceptionAccess } from './access';
import { MutationRejection } from './MutationRejection';

export const exceptionUpdateArgs = z.discriminatedUnion('action', [
  z.object({ action: z.literal('acknowledge'), id: idSchema }),
  /** null unassigns. */
  z.object({ action: z.literal('assign'), id: idSchema, assigneeId: idSchema.nullable() }),
  z.object({
    action: z.literal('resolve'),
    id: idSchema,
    note: z
      .string({ error: 'a resolution note is required: say what was done' })
      .trim()
      .min(1, 'a resolution note is required: say what was done')
      .max(10_000, 'the resolution note is longer than 10,000 characters'),
  }),
]);
export type ExceptionUpdateArgs = z.infer<typeof exceptionUpdateArgs>;

/**
 * Works an exception in the queue: acknowledge (open → acknowledged), assign to a member of
 * its team, or resolve with a note (open/acknowledged → resolved). Resolved is final: a new
 * occurrence of the condition opens a new exception (the rules engine's dedupe key).
 */
export const exceptionUpdate = defineMutation({
  name: 'exception.update',
  callers: 'agents',
  args: exceptionUpdateArgs,
  reads: (args) => [
    { entity: 'exceptions', id: args.id },
    ...(args.action === 'assign' && args.assigneeId ? [{ entity: 'agents' as const, id: args.assigneeId }] : []),
  ],
  apply(args, rows, ctx) {
    const agent = requireAgent(ctx.actor);
    const exception = requireExceptionAccess(ctx.actor, rows.get('exceptions', args.id), args.id);
    if (exception.status === 'resolved') {
      throw new MutationRejection('conflict', 'This exception is already resolved; a new occurrence opens a new exception.');
    }
    let updated: ExceptionRow;
    if (args.action === 'acknowledge') {
      if (exception.status === 'acknowledged') throw new MutationRejection('conflict', 'This exception is already acknowledged.');
      updated = { ...exception, status: 'acknowledged', acknowledgedAt: ctx.now, acknowledgedBy: agent.agentId };
    } else if (args.action === 'assign') {
      if (args.assigneeId) {
        const assignee = rows.get('agents', args.assigneeId);
        if (!assignee) throw new MutationRejection('not_found', `Agent ${args.assigneeId} does not exist.`);
        if (assignee.teamId !== exception.teamId) {
          throw new MutationRejection('conflict', `${assignee.name} is not in the team whose queue holds this exception.`);
        }
      }
      // Agents take work (or let go of their own); handing it to someone else is a lead's call.
      const self = args.assigneeId === agent.agentId || (args.assigneeId === null && exception.assigneeId === agent.agentId);
      if (agent.role === 'agent' && !self) {
        throw new MutationRejection('forbidden', 'Agents can assign exceptions only to themselves; ask your team lead to reassign.');
      }
      updated = { ...exception, assigneeId: args.assigneeId };
    } else {
      updated = {
        ...exception,
        status: 'resolved',
        // Resolving an open exception also records that someone looked at it.
        acknowledgedAt: exception.acknowledgedAt ?? ctx.now,
        acknowledgedBy: exception.acknowledgedBy ?? agent.agentId,
        resolvedAt: ctx.now,
        resolvedBy: agent.agentId,
        resolutionNote: args.note,
      };
    }
    return [{ op: 'upsert', entity: 'exceptions', id: exception.id, scope: teamScope(exception.teamId), row: updated }];
  },
});
