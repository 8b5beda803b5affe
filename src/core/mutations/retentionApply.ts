import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { teamScope } from '../domain/scopes';
import { retentionActionSchema } from '../governance/retentionSetting';
import { anonymisedThread } from '../governance/anonymisedThread';
import { defineMutation, type RowChange } from './MutationDef';
import { requireAdmin, requireSystemActor } from './access';
import { MutationRejection } from './MutationRejection';

export const retentionApplyArgs = z.object({
  action: retentionActionSchema,
  /** Solved tickets past their channel's limit, found by the hub (hub/governance/findRetainedTickets). */
  ticketIds: z.array(idSchema).max(10_000),
  messageIds: z.array(idSchema).max(500_000),
  csatIds: z.array(idSchema).max(10_000),
});
export type RetentionApplyArgs = z.infer<typeof retentionApplyArgs>;

/**
 * A retention rule's run on the tickets it caught: anonymise them (text gone, rows kept for
 * reports) or delete them with their messages and survey answers; deletions replicate as
 * removals. Run by the hub's daily job (system:retention) or an admin's "Run now".
 */
export const retentionApply = defineMutation({
  name: 'retention.apply',
  callers: 'hub',
  args: retentionApplyArgs,
  reads: (args) => [
    ...args.ticketIds.map((id) => ({ entity: 'tickets' as const, id })),
    ...args.messageIds.map((id) => ({ entity: 'messages' as const, id })),
    ...args.csatIds.map((id) => ({ entity: 'csat_responses' as const, id })),
  ],
  apply(args, rows, ctx) {
    if (ctx.actor.kind === 'system') requireSystemActor(ctx.actor, ['system:retention']);
    else requireAdmin(ctx.actor);
    const tickets = args.ticketIds.map((id) => rows.get('tickets', id)).filter((t) => t !== undefined);
    for (const t of tickets) {
      if (t.status !== 'solved' && t.status !== 'closed') throw new MutationRejection('conflict', `Ticket ${t.id} is not solved; retention only touches solved tickets.`);
    }
    const messages = args.messageIds.map((id) => rows.get('messages', id)).filter((m) => m !== undefined);
    const csat = args.csatIds.map((id) => rows.get('csat_responses', id)).filter((r) => r !== undefined);
    if (args.action === 'anonymise') return anonymisedThread(tickets, messages, csat, ctx.now);
    const teamOf = new Map(tickets.map((t) => [t.id, t.teamId]));
    const scopeOf = (ticketId: string): ReturnType<typeof teamScope> => {
      const teamId = teamOf.get(ticketId);
      if (teamId === undefined) throw new MutationRejection('invalid_args', `Ticket ${ticketId} is not among the tickets being deleted.`);
      return teamScope(teamId);
    };
    // Children first: a message never outlives its ticket, not even within the batch.
    const changes: RowChange[] = [
      ...csat.map((r): RowChange => ({ op: 'delete', entity: 'csat_responses', id: r.id, scope: scopeOf(r.ticketId), row: null })),
      ...messages.map((m): RowChange => ({ op: 'delete', entity: 'messages', id: m.id, scope: scopeOf(m.ticketId), row: null })),
      ...tickets.map((t): RowChange => ({ op: 'delete', entity: 'tickets', id: t.id, scope: teamScope(t.teamId), row: null })),
    ];
    return changes;
  },
});
