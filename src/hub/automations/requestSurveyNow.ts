import { and, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { uuidv7, type LiveChanges } from '../../core';
import type { HubContext } from '../HubContext';
import { runSurvey } from '../csat/runSurvey';
import { anyOf } from '../store/anyOf';
import type { HubTx } from '../store/openStore';
import { csatSurveys, tickets } from '../store/schema';

/**
 * A ticket rule's `send_survey`: the CSAT loop's survey of each solved ticket due now and taken
 * at once (runSurvey decides as ever: setting on, consent, address, cooldown, quiet hours). A
 * survey already sent is never sent again; an unsolved ticket gets none.
 */
export async function requestSurveyNow(ctx: HubContext, tx: HubTx, ticketIds: readonly string[], now: number): Promise<LiveChanges[]> {
  if (ticketIds.length === 0) return [];
  const solved = await tx
    .select({ id: tickets.id, customerId: tickets.customerId, solvedAt: tickets.solvedAt })
    .from(tickets)
    .where(and(anyOf(tickets.id, [...ticketIds]), inArray(tickets.status, ['solved', 'closed']), isNotNull(tickets.solvedAt)));
  if (solved.length === 0) return [];
  const rows = solved.map((t) => ({ id: uuidv7(now), ticketId: t.id, customerId: t.customerId, status: 'scheduled' as const, solvedAt: t.solvedAt ?? now, dueAt: now, createdAt: now }));
  const due = await tx
    .insert(csatSurveys)
    .values(rows)
    .onConflictDoUpdate({ target: csatSurveys.ticketId, set: { status: 'scheduled', dueAt: now, solvedAt: sql`excluded.solved_at`, skipReason: null }, setWhere: ne(csatSurveys.status, 'sent') })
    .returning({ id: csatSurveys.id, status: csatSurveys.status });
  const batches: LiveChanges[] = [];
  for (const survey of due) if (survey.status === 'scheduled') batches.push(...(await runSurvey(ctx, tx, survey.id, now, { now: true })));
  return batches;
}
