import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { chooseTeam, type IpcOutput, type RoutingDraftRule, type RoutingRule } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { customers, messages, tickets } from '../../db/schema';

const asRule = (d: RoutingDraftRule): RoutingRule => ({ id: d.id, name: d.name, ...d.config });

/**
 * The last `limit` tickets in the replica, each routed with core's chooseTeam as on arrival
 * (channel, customer segment and language, subject and first inbound message). Tags are the
 * ticket's current ones: the hub routes before any tag is set, so only here can a tag rule match.
 */
export function dryRunRouting(db: ReplicaDb, draft: readonly RoutingDraftRule[], focusRuleId: string | null, limit: number): IpcOutput<'routing.dryRun'> {
  const recent = db.select().from(tickets).orderBy(desc(tickets.createdAt)).limit(limit).all();
  const ids = recent.map((t) => t.id);
  const firstMessage = new Map<string, string>();
  if (ids.length > 0) {
    const inbound = db
      .select({ ticketId: messages.ticketId, body: messages.body })
      .from(messages)
      .where(and(inArray(messages.ticketId, ids), eq(messages.direction, 'inbound')))
      .orderBy(asc(messages.createdAt))
      .all();
    for (const m of inbound) if (!firstMessage.has(m.ticketId)) firstMessage.set(m.ticketId, m.body);
  }
  const customerIds = [...new Set(recent.map((t) => t.customerId))];
  const people = new Map(
    (customerIds.length ? db.select({ id: customers.id, segment: customers.segment, preferences: customers.preferences }).from(customers).where(inArray(customers.id, customerIds)).all() : []).map((c) => [c.id, c]),
  );
  const enabled = draft.filter((d) => d.enabled).map(asRule);
  const focus = draft.find((d) => d.id === focusRuleId);
  const rows = recent.map((t) => {
    const c = people.get(t.customerId);
    const customer = c ? { segment: c.segment, language: c.preferences.language } : null;
    const message = { subject: t.subject, body: firstMessage.get(t.id) ?? '' };
    const ticket = { channel: t.channel, tags: t.tags };
    const chosen = chooseTeam(enabled, ticket, customer, message);
    return {
      ticketId: t.id,
      number: t.number,
      subject: t.subject,
      channel: t.channel,
      createdAt: t.createdAt,
      teamId: t.teamId,
      matched: focus ? chooseTeam([asRule(focus)], ticket, customer, message) !== null : false,
      chosenRuleId: chosen?.id ?? null,
      chosenTeamId: chosen?.teamId ?? null,
    };
  });
  return { rows, matchedCount: rows.filter((r) => r.matched).length };
}
