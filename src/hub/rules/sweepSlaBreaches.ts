import { and, asc, eq, gt, inArray, lt, lte, ne, or } from 'drizzle-orm';
import { z } from 'zod';
import { calendarOfTeam, detectBreaches, slaAlert, slaAlertKey, slaAtRiskSetting } from '../../core';
import type { HubTx } from '../store/openStore';
import { auditLog, automations, teams, tickets } from '../store/schema';
import type { RulesWork } from './runRulesWrite';

const alertDetail = z.object({ kind: z.enum(['first_response', 'next_response', 'resolution']), since: z.number().nullable().optional() });

/** Overdue tickets per page: one bounded read and one short lane transaction each (the large world has ~100k). */
export const defaultSlaPageSize = 1_000;

export interface SlaSweepPage {
  /** Breaches recorded on this page. */
  breaches: number;
  /** Tickets newly recorded as at risk on this page. */
  atRisk: number;
  /** The last ticket id read; pass it as `after` for the next page. */
  last: string | null;
  /** Fewer than `pageSize` rows were read: this was the last page. */
  done: boolean;
}

/**
 * One page (keyset on ticket id, after `after`) of the SLA sweep, by time alone: records every
 * breach not yet recorded as an audit event `sla.breached` and every running target that came
 * within the lead's at-risk threshold (core's slaAtRiskSetting) as `sla.at_risk` (entity
 * tickets, detail {kind, dueAt, and for a next reply the customer message's time `since`}); the
 * audit log is what makes "once" hold across pages, sweeps, restarts and nodes (slaAlertKey: once
 * per ticket and target, a next reply once per wait). A ticket comes at risk at its `slaAtRiskAt`
 * (business time), which may be long before `now + threshold` in plain time over a weekend.
 */
export async function sweepSlaBreaches(tx: HubTx, now: number, after: string | null = null, pageSize = defaultSlaPageSize): Promise<RulesWork<SlaSweepPage>> {
  const atRiskMs = slaAtRiskSetting.withinMs(await tx.select().from(automations).where(eq(automations.trigger, slaAtRiskSetting.trigger)));
  const horizon = now + atRiskMs;
  const due = await tx
    .select()
    .from(tickets)
    .where(
      and(
        after === null ? undefined : gt(tickets.id, after),
        ne(tickets.status, 'closed'),
        or(lt(tickets.firstResponseDueAt, horizon), lt(tickets.resolutionDueAt, horizon), lt(tickets.nextResponseDueAt, horizon), lte(tickets.slaAtRiskAt, now)),
      ),
    )
    .orderBy(asc(tickets.id))
    .limit(pageSize);
  const page: SlaSweepPage = { breaches: 0, atRisk: 0, last: due.at(-1)?.id ?? after, done: due.length < pageSize };
  if (due.length === 0) return { value: page, changes: [], audit: [] };
  const recorded = await tx
    .select({ entityId: auditLog.entityId, action: auditLog.action, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'tickets'), inArray(auditLog.entityId, due.map((t) => t.id)), inArray(auditLog.action, ['sla.breached', 'sla.at_risk'])));
  const reported = { 'sla.breached': new Set<string>(), 'sla.at_risk': new Set<string>() };
  for (const r of recorded) {
    const detail = alertDetail.safeParse(r.detail);
    if (detail.success && (r.action === 'sla.breached' || r.action === 'sla.at_risk')) reported[r.action].add(slaAlertKey(r.entityId ?? '', detail.data.kind, detail.data.since ?? null));
  }
  const breaches = detectBreaches(due, now, reported['sla.breached']);
  // At risk counts the team's open time left (a handful of teams: read them all).
  const calendars = new Map((await tx.select().from(teams)).map((t) => [t.id, calendarOfTeam(t)]));
  const atRisk = due.flatMap((t) => {
    const alert = slaAlert(t, now, atRiskMs, calendars.get(t.teamId) ?? calendarOfTeam(null));
    if (alert?.level !== 'at_risk') return [];
    const since = alert.kind === 'next_response' ? (t.nextResponseSince ?? null) : null;
    return reported['sla.at_risk'].has(slaAlertKey(t.id, alert.kind, since)) ? [] : [{ ticketId: t.id, kind: alert.kind, dueAt: alert.dueAt, since }];
  });
  // A next reply's detail names its wait (`since`); the others keep {kind, dueAt}.
  const detail = (a: { kind: string; dueAt: number; since: number | null }) => (a.since === null ? { kind: a.kind, dueAt: a.dueAt } : { kind: a.kind, dueAt: a.dueAt, since: a.since });
  return {
    value: { ...page, breaches: breaches.length, atRisk: atRisk.length },
    changes: [],
    audit: [
      ...breaches.map((b) => ({ action: 'sla.breached', entity: 'tickets', entityId: b.ticketId, detail: detail(b) })),
      ...atRisk.map((a) => ({ action: 'sla.at_risk', entity: 'tickets', entityId: a.ticketId, detail: detail(a) })),
    ],
  };
}
