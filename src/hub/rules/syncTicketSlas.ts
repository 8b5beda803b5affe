import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  calendarOfTeam,
  lateNextReply,
  sameSlaClock,
  slaAlertKey,
  slaAtRiskSetting,
  syncSlaClock,
  teamScope,
  type CustomerRow,
  type RowChange,
  type TeamRow,
  type TicketRow,
} from '../../core';
import type { HubTx } from '../store/openStore';
import { loadRows } from '../store/loadRows';
import { auditLog, automations, messages, slaPolicies } from '../store/schema';
import type { RulesWork } from './runRulesWrite';
import { anyOf } from '../store/anyOf';

/** Ids bound per IN list. */
const chunk = 1_000;

interface ReplyFacts {
  firstReplyAt: number | null;
  lastReplyAt: number | null;
  /** The first customer message after the last agent reply (only once an agent replied). */
  customerWaitingSince: number | null;
}

/**
 * Brings many tickets' SLA clocks in line with their state — due times on creation and priority
 * change, pause/resume on status, first response at the first agent reply, the next-reply wait
 * from a customer's answer to the agent's next reply, solvedAt, the at-risk instant — on the
 * business calendar of each ticket's team, in a few queries whatever their number. Writes only
 * tickets whose clock differs, and leaves `updatedAt` alone (bookkeeping, not an edit). A next
 * reply given late is recorded `sla.breached` here (the clock forgets it once given).
 */
export async function syncTicketSlas(tx: HubTx, ticketIds: readonly string[]): Promise<RulesWork<null>> {
  const work: RulesWork<null> = { value: null, changes: [], audit: [] };
  const ids = [...new Set(ticketIds)];
  if (ids.length === 0) return work;
  const tickets = (await loadRows(tx, ids.map((id) => ({ entity: 'tickets', id })))).filter((t): t is TicketRow => t !== undefined);
  if (tickets.length === 0) return work;
  const customerIds = [...new Set(tickets.map((t) => t.customerId))];
  const teamIds = [...new Set(tickets.map((t) => t.teamId))];
  const [customerRows, teamRows, policy, replies, settings] = await Promise.all([
    loadRows(tx, customerIds.map((id) => ({ entity: 'customers', id }))),
    loadRows(tx, teamIds.map((id) => ({ entity: 'teams', id }))),
    tx.select().from(slaPolicies),
    replyFacts(tx, tickets.map((t) => t.id)),
    tx.select().from(automations).where(eq(automations.trigger, slaAtRiskSetting.trigger)),
  ]);
  const atRiskMs = slaAtRiskSetting.withinMs(settings);
  const tierOf = new Map((customerRows as (CustomerRow | undefined)[]).flatMap((c) => (c ? [[c.id, c.tier] as const] : [])));
  const calendarOf = new Map((teamRows as (TeamRow | undefined)[]).flatMap((t) => (t ? [[t.id, calendarOfTeam(t)] as const] : [])));
  const late: Array<{ ticketId: string; dueAt: number; since: number }> = [];
  for (const ticket of tickets) {
    const calendar = calendarOf.get(ticket.teamId) ?? calendarOfTeam(null);
    const facts = replies.get(ticket.id);
    const clock = syncSlaClock(ticket, tierOf.get(ticket.customerId) ?? 'standard', policy, facts?.firstReplyAt ?? null, calendar, {
      customerWaitingSince: facts?.customerWaitingSince ?? null,
      atRiskMs,
    });
    if (sameSlaClock(ticket, clock)) continue;
    const missed = lateNextReply(ticket, clock, facts?.lastReplyAt ?? null);
    if (missed) late.push({ ticketId: ticket.id, ...missed });
    const row: TicketRow = { ...ticket, ...clock };
    work.changes.push({ op: 'upsert', entity: 'tickets', id: row.id, scope: teamScope(row.teamId), row } satisfies RowChange);
  }
  work.audit.push(...(await unreported(tx, late)).map((l) => ({ action: 'sla.breached', entity: 'tickets', entityId: l.ticketId, detail: { kind: 'next_response', dueAt: l.dueAt, since: l.since } })));
  return work;
}

/** The late next replies the sweep has not already recorded (it may have seen them overdue). */
async function unreported<T extends { ticketId: string; since: number }>(tx: HubTx, late: T[]): Promise<T[]> {
  if (late.length === 0) return late;
  const recorded = await tx
    .select({ entityId: auditLog.entityId, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'tickets'), eq(auditLog.action, 'sla.breached'), inArray(auditLog.entityId, late.map((l) => l.ticketId))));
  const keys = new Set(
    recorded.map((r) => {
      const detail = (r.detail ?? {}) as { kind?: unknown; since?: unknown };
      return detail.kind === 'next_response' && typeof detail.since === 'number' ? slaAlertKey(r.entityId ?? '', 'next_response', detail.since) : '';
    }),
  );
  return late.filter((l) => !keys.has(slaAlertKey(l.ticketId, 'next_response', l.since)));
}

/** Per ticket: first and last agent reply (outbound with an author) and the customer message waiting since the last one. */
async function replyFacts(tx: HubTx, ids: readonly string[]): Promise<Map<string, ReplyFacts>> {
  const facts = new Map<string, ReplyFacts>();
  const agentReply = sql`${messages.direction} = 'outbound' and ${messages.authorId} is not null`;
  for (let i = 0; i < ids.length; i += chunk) {
    const part = ids.slice(i, i + chunk);
    const rows = await tx
      .select({
        ticketId: messages.ticketId,
        first: sql<string | number | null>`min(${messages.createdAt}) filter (where ${agentReply})`,
        last: sql<string | number | null>`max(${messages.createdAt}) filter (where ${agentReply})`,
      })
      .from(messages)
      .where(anyOf(messages.ticketId, part))
      .groupBy(messages.ticketId);
    for (const r of rows) {
      if (r.first === null || r.last === null) continue;
      facts.set(r.ticketId, { firstReplyAt: Number(r.first), lastReplyAt: Number(r.last), customerWaitingSince: null });
    }
    const answered = part.filter((id) => facts.has(id));
    if (answered.length === 0) continue;
    const waiting = await tx
      .select({ ticketId: messages.ticketId, since: sql<string | number | null>`min(${messages.createdAt})` })
      .from(messages)
      .where(
        and(
          anyOf(messages.ticketId, answered),
          eq(messages.direction, 'inbound'),
          sql`${messages.createdAt} > (select max(a.created_at) from messages a where a.ticket_id = ${messages.ticketId} and a.direction = 'outbound' and a.author_id is not null)`,
        ),
      )
      .groupBy(messages.ticketId);
    for (const w of waiting) {
      const known = facts.get(w.ticketId);
      if (known && w.since !== null) known.customerWaitingSince = Number(w.since);
    }
  }
  return facts;
}
