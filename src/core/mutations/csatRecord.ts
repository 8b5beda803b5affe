import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { messageRowDefaults } from '../domain/rowDefaults';
import type { MessageRow, TicketRow } from '../domain/rows';
import { teamScope } from '../domain/scopes';
import type { CsatResponseRow } from '../domain/workspaceRows';
import { csatLowScoreSetting } from '../csat/csatLowScoreSetting';
import { defineMutation, type RowChange } from './MutationDef';
import { requireSystemActor, requireTicketAccess } from './access';
import { MutationRejection } from './MutationRejection';

export const csatRecordArgs = z.object({
  /** The survey's id: one answer per survey, so a second answer updates this row. */
  responseId: idSchema,
  ticketId: idSchema,
  customerId: idSchema,
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).nullable(),
  /** The tenant's enabled `csat.low_score` automation (the hub looks it up); null = none. */
  lowScoreAutomationId: idSchema.nullable(),
  /** The ticket team's active leads (its admins when it has none), to mention in the low-score note (read by the hub). */
  leadIds: z.array(idSchema).max(20),
  /** Id for the low-score note, when one is written. */
  noteId: idSchema,
});
export type CsatRecordArgs = z.infer<typeof csatRecordArgs>;

/**
 * A customer's survey answer from the public rating page (actor system:survey): the
 * csat_responses row (created once, updated by a later answer), replicated to the ticket's team.
 * An answer that newly falls to the low-score threshold sets off the `csat.low_score`
 * automation: a solved ticket reopens, and an internal note mentions the team's leads (or admins).
 */
export const csatRecord = defineMutation({
  name: 'csat.record',
  callers: 'system',
  args: csatRecordArgs,
  reads: (args) => [
    { entity: 'tickets', id: args.ticketId },
    { entity: 'csat_responses', id: args.responseId },
    { entity: 'messages', id: args.noteId },
    ...(args.lowScoreAutomationId ? [{ entity: 'automations' as const, id: args.lowScoreAutomationId }] : []),
    ...args.leadIds.map((id) => ({ entity: 'agents' as const, id })),
  ],
  apply(args, rows, ctx) {
    requireSystemActor(ctx.actor, ['system:survey']);
    const ticket = requireTicketAccess(ctx.actor, rows.get('tickets', args.ticketId), args.ticketId);
    if (ticket.customerId !== args.customerId) throw new MutationRejection('conflict', 'This survey is for another customer.');
    const before = rows.get('csat_responses', args.responseId);
    if (before && before.ticketId !== args.ticketId) throw new MutationRejection('conflict', 'This survey answers another ticket.');
    const comment = args.comment === null || args.comment === '' ? null : args.comment;
    // The first answer's time stays: the dashboard counts the answer in the period it was first given.
    const response: CsatResponseRow = { id: args.responseId, ticketId: ticket.id, customerId: ticket.customerId, score: args.score, comment, createdAt: before?.createdAt ?? ctx.now };
    const scope = teamScope(ticket.teamId);
    const changes: RowChange[] = [{ op: 'upsert', entity: 'csat_responses', id: response.id, scope, row: response }];

    const low = args.lowScoreAutomationId ? csatLowScoreSetting.configOf(rows.get('automations', args.lowScoreAutomationId)) : null;
    // Only an answer that becomes low acts: pressing Send again on the same low score reopens nothing twice.
    if (!low || args.score > low.threshold || (before !== undefined && before.score <= low.threshold)) return changes;
    if (low.reopen && ticket.status === 'solved' && ticket.mergedIntoId === null) {
      const reopened: TicketRow = { ...ticket, status: 'open', updatedAt: ctx.now };
      changes.push({ op: 'upsert', entity: 'tickets', id: ticket.id, scope, row: reopened });
    }
    const leads = args.leadIds.flatMap((id) => {
      const agent = rows.get('agents', id);
      return agent && agent.role !== 'agent' && agent.teamId === ticket.teamId ? [agent] : [];
    });
    if (low.notifyLead && leads.length > 0) {
      if (rows.get('messages', args.noteId)) throw new MutationRejection('conflict', `Message ${args.noteId} already exists.`);
      const said = comment ? `: “${comment}”` : ' (no comment).';
      const note: MessageRow = {
        ...messageRowDefaults(),
        id: args.noteId,
        ticketId: ticket.id,
        direction: 'note',
        channel: ticket.channel,
        authorId: null,
        body: `Low satisfaction score: the customer rated this ticket ${args.score}/5${said}\n${leads.map((l) => `@${l.name}`).join(' ')}`,
        deliveryStatus: 'sent',
        createdAt: ctx.now,
        mentions: leads.map((l) => l.id),
      };
      changes.push({ op: 'upsert', entity: 'messages', id: note.id, scope, row: note });
    }
    return changes;
  },
});
