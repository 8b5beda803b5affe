import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { messageRowDefaults } from '../domain/rowDefaults';
import type { MessageRow } from '../domain/rows';
import { teamScope } from '../domain/scopes';
import { ticketRuleActionSchema, ticketRuleEvents } from '../automations/ticketRuleSchema';
import { defineMutation, type RowChange, type RowReader, type RowRef, type MutationContext } from './MutationDef';
import { requireSystemActor, requireTicketAccess } from './access';
import { MutationRejection } from './MutationRejection';
import { overlayRows } from './overlayRows';
import { ticketSetFields } from './ticketSetFields';
import { ticketSetTags } from './ticketSetTags';
import { ticketTransfer } from './ticketTransfer';
import { ticketUpdate } from './ticketUpdate';
import { labelDefId } from '../labels/labelDefId';

export const ticketApplyRulesArgs = z.object({
  ticketId: idSchema,
  /** The events these actions answer (kept in the audit: the hub's "once per event" ledger). */
  events: z.array(z.object({ event: z.enum(ticketRuleEvents), key: z.string().min(1).max(200) })).min(1).max(10),
  /** Core's planTicketRuleActions, in order. */
  actions: z.array(ticketRuleActionSchema.and(z.object({ ruleId: idSchema }))).min(1).max(100),
  /** The rules' names, for the notes. */
  rules: z.array(z.object({ id: idSchema, name: z.string() })).max(100),
  /** Active leads of the team the ticket ends in (its admins when it has none), for an escalation (read by the hub). */
  leadIds: z.array(idSchema).max(20).default(() => []),
  noteIds: z.object({ transfer: idSchema, escalate: idSchema, skipped: idSchema }),
});
export type TicketApplyRulesArgs = z.infer<typeof ticketApplyRulesArgs>;
type Planned = TicketApplyRulesArgs['actions'][number];

/** The last change per row and scope, at the place of its first: a run writes each row once. */
function compact(changes: readonly RowChange[]): RowChange[] {
  const at = new Map<string, number>();
  const out: RowChange[] = [];
  for (const c of changes) {
    const key = `${c.entity}:${c.id}:${c.scope}`;
    const i = at.get(key);
    if (i === undefined) at.set(key, out.push(c) - 1);
    else out[i] = c;
  }
  return out;
}

function internalNote(id: string, ticket: { id: string; channel: MessageRow['channel'] }, body: string, now: number, mentions: string[] = []): MessageRow {
  return { ...messageRowDefaults(), id, ticketId: ticket.id, direction: 'note', channel: ticket.channel, authorId: null, body, deliveryStatus: 'sent', createdAt: now, mentions };
}

/**
 * The actions the ticket rules planned for one ticket, as ONE write by system:rules, each step
 * the existing mutation's own logic over what the earlier steps left (overlayRows): `route` is
 * ticket.transfer (run first, so its move semantics hold and later steps land in the new team),
 * assign / set_priority ticket.update, add_tag ticket.setTags, set_field ticket.setFields.
 * `escalate` raises the priority to urgent and writes a note mentioning the team's leads.
 * A step its mutation refuses (an assignee outside the team, a bad field value) is skipped and
 * named in one internal note; `send_survey` is the hub's (the CSAT loop's rows are hub-only).
 */
export const ticketApplyRules = defineMutation({
  name: 'ticket.applyRules',
  callers: 'system',
  args: ticketApplyRulesArgs,
  reads: (args): RowRef[] => [
    { entity: 'tickets', id: args.ticketId },
    ...Object.values(args.noteIds).map((id) => ({ entity: 'messages' as const, id })),
    ...args.leadIds.map((id) => ({ entity: 'agents' as const, id })),
    ...args.actions.flatMap((a): RowRef[] =>
      a.type === 'route'
        ? [{ entity: 'teams', id: a.teamId }]
        : a.type === 'assign'
          ? [{ entity: 'agents', id: a.agentId }]
          : a.type === 'set_field'
            ? [{ entity: 'field_defs', id: labelDefId('field', a.key) }]
            : [],
    ),
  ],
  apply(args, rows, ctx) {
    requireSystemActor(ctx.actor, ['system:rules']);
    const start = requireTicketAccess(ctx.actor, rows.get('tickets', args.ticketId), args.ticketId);
    if (start.mergedIntoId !== null) throw new MutationRejection('conflict', 'This ticket was merged into another one.');
    const ruleName = new Map(args.rules.map((r) => [r.id, r.name]));
    const changes: RowChange[] = [];
    const skipped: string[] = [];
    const step = (action: Planned, run: (current: RowReader) => RowChange[]): void => {
      try {
        changes.push(...run(overlayRows(rows, changes)));
      } catch (error) {
        if (!(error instanceof MutationRejection)) throw error;
        skipped.push(`${action.type.replace('_', ' ')} (${ruleName.get(action.ruleId) ?? 'rule'}): ${error.message}`);
      }
    };
    const ticketNow = (current: RowReader) => requireTicketAccess(ctx.actor, current.get('tickets', args.ticketId), args.ticketId);
    const route = args.actions.find((a) => a.type === 'route');
    if (route && route.teamId !== start.teamId) {
      const note = `by automation “${ruleName.get(route.ruleId) ?? 'rule'}”`;
      // The old team's assignee cannot follow; a rule that wants an owner in the new team assigns one.
      step(route, (current) => ticketTransfer.apply({ id: start.id, teamId: route.teamId, noteId: args.noteIds.transfer, note, assigneeId: null }, current, ctx));
    }
    for (const action of args.actions) {
      switch (action.type) {
        case 'route':
        case 'send_survey':
          break;
        case 'assign':
          step(action, (current) => ticketUpdate.apply({ id: start.id, assigneeId: action.agentId }, current, ctx));
          break;
        case 'set_priority':
          step(action, (current) => ticketUpdate.apply({ id: start.id, priority: action.priority }, current, ctx));
          break;
        case 'add_tag':
          step(action, (current) => ticketSetTags.apply({ id: start.id, add: [action.tag], remove: [] }, current, ctx));
          break;
        case 'set_field':
          step(action, (current) => ticketSetFields.apply({ id: start.id, values: { [action.key]: action.value } }, current, ctx));
          break;
        case 'escalate':
          step(action, (current) => escalate(action, ruleName.get(action.ruleId) ?? 'rule', ticketNow(current), current, args, ctx));
          break;
      }
    }
    const final = ticketNow(overlayRows(rows, changes));
    if (skipped.length > 0) {
      if (rows.get('messages', args.noteIds.skipped)) throw new MutationRejection('conflict', `Message ${args.noteIds.skipped} already exists.`);
      const note = internalNote(args.noteIds.skipped, final, `Automation skipped:\n${skipped.map((s) => `• ${s}`).join('\n')}`, ctx.now);
      changes.push({ op: 'upsert', entity: 'messages', id: note.id, scope: teamScope(final.teamId), row: note });
    }
    // Only a survey request (the hub's) writes no row here: the run is still recorded in the audit.
    return compact(changes);
  },
});

/** Priority up to urgent when lower, and a note that mentions the team's leads (their mention notification). */
function escalate(action: Extract<Planned, { type: 'escalate' }>, rule: string, ticket: ReturnType<typeof requireTicketAccess>, rows: RowReader, args: TicketApplyRulesArgs, ctx: MutationContext): RowChange[] {
  const scope = teamScope(ticket.teamId);
  const changes: RowChange[] = [];
  if (ticket.priority !== 'urgent') changes.push(...ticketUpdate.apply({ id: ticket.id, priority: 'urgent' }, rows, ctx));
  if (rows.get('messages', args.noteIds.escalate)) throw new MutationRejection('conflict', `Message ${args.noteIds.escalate} already exists.`);
  const leads = args.leadIds.flatMap((id) => {
    const agent = rows.get('agents', id);
    return agent && agent.role !== 'agent' && agent.teamId === ticket.teamId ? [agent] : [];
  });
  const said = action.note ? `: ${action.note}` : '.';
  const who = leads.length > 0 ? `\n${leads.map((l) => `@${l.name}`).join(' ')}` : '';
  const note = internalNote(args.noteIds.escalate, ticket, `Escalated by automation “${rule}”${said}${who}`, ctx.now, leads.map((l) => l.id));
  changes.push({ op: 'upsert', entity: 'messages', id: note.id, scope, row: note });
  return changes;
}
