import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { TicketFilter } from '../../../core';
import { activeTicketStatusSql } from './activeTicketStatusSql';
import { tickets } from '../../db/schema';
import { ticketSlaDueSql } from '../../db/ticketSlaDueSql';

/** Who is asking and when: "mine", "my team" and the SLA views depend on it. */
export interface TicketViewer {
  agentId: string | null;
  teamId: string | null;
  now: number;
  /** The lead's at-risk threshold (core's slaAtRiskSetting, read from the replica). */
  slaAtRiskMs: number;
}

const due = sql.raw(ticketSlaDueSql);

/**
 * SLA conditions over the indexed due expression, the SQL twin of core's slaAlert: a clock paused
 * before its due time is not late; at risk = running, not yet due, and past the ticket's
 * `sla_at_risk_at` (core's slaAtRiskAt: business time on the team's calendar, as the badge counts).
 * A ticket the hub has not re-timed since that column came (null) falls back to plain time.
 */
export const slaCondition = {
  breached: (now: number): SQL => sql`(${due} < ${now} and (${tickets.slaPausedAt} is null or ${tickets.slaPausedAt} > ${due}))`,
  // Two index ranges (the at-risk instant, the due expression) joined by id: an OR would walk the
  // whole table; `+` keeps each on its own index (not-yet-due is most tickets, null most solved ones).
  atRisk: (viewer: Pick<TicketViewer, 'now' | 'slaAtRiskMs'>): SQL =>
    sql`${tickets.id} in (select id from tickets where sla_at_risk_at <= ${viewer.now} and +${due} >= ${viewer.now} and sla_paused_at is null
      union all select id from tickets where ${due} >= ${viewer.now} and ${due} < ${viewer.now + viewer.slaAtRiskMs} and +sla_at_risk_at is null and sla_paused_at is null)`,
};

/** "Mine": my active tickets (core's activeTicketStatuses); solved and closed ones need nothing from me. */
export function mineCondition(agentId: string | null): SQL {
  return agentId ? sql`(${tickets.assigneeId} = ${agentId} and ${tickets.status} in (${activeTicketStatusSql}))` : sql`0`;
}

/** "Mentions": tickets with a message whose `mentions` (agent ids, JSON) name the agent. */
export function mentionsCondition(agentId: string | null): SQL {
  return agentId ? sql`${tickets.id} in (select m.ticket_id from messages m, json_each(m.mentions) j where j.value = ${agentId})` : sql`0`;
}

/** Escapes LIKE wildcards so a search for "50%" means the characters. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The WHERE clause of a view plus filters over the tickets table alone (no joins, so the
 * replica's indexes apply): the list pages and the counts share it.
 */
export function ticketFilterWhere(filter: Partial<TicketFilter>, viewer: TicketViewer): SQL | undefined {
  const parts: SQL[] = [];
  const view = filter.view ?? 'all';
  if (view === 'mine') parts.push(mineCondition(viewer.agentId));
  if (view === 'unassigned') parts.push(isNull(tickets.assigneeId));
  if (view === 'team') parts.push(viewer.teamId ? eq(tickets.teamId, viewer.teamId) : sql`0`);
  if (view === 'sla_breached') parts.push(slaCondition.breached(viewer.now));
  if (view === 'sla_at_risk') parts.push(slaCondition.atRisk(viewer));
  if (view === 'mentions') parts.push(mentionsCondition(viewer.agentId));
  if (filter.channel && filter.channel.length > 0) parts.push(inArray(tickets.channel, filter.channel));
  if (filter.status && filter.status.length > 0) parts.push(inArray(tickets.status, filter.status));
  if (filter.priority && filter.priority.length > 0) parts.push(inArray(tickets.priority, filter.priority));
  if (filter.tags && filter.tags.length > 0) {
    parts.push(sql`exists (select 1 from json_each(${tickets.tags}) tag where tag.value in (${sql.join(filter.tags.map((t) => sql`${t}`), sql`, `)}))`);
  }
  // json_each of a scalar is that one value, of a list its items: "equals" and "includes" alike.
  for (const [key, value] of Object.entries(filter.fields ?? {})) {
    parts.push(sql`exists (select 1 from json_each(${tickets.fields}, ${`$."${key}"`}) f where f.value = ${value})`);
  }
  const search = filter.search?.trim();
  if (search) {
    const pattern = likePattern(search);
    const number = /^#?(\d{1,15})$/.exec(search)?.[1];
    const byText = sql`(${tickets.subject} like ${pattern} escape '\\' or ${tickets.customerId} in (select c.id from customers c where c.name like ${pattern} escape '\\'))`;
    parts.push(number ? sql`(${tickets.number} = ${Number(number)} or ${byText})` : byText);
  }
  return parts.length > 0 ? and(...parts) : undefined;
}
