import { and, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { csatSurveySetting, uuidv7 } from '../../core';
import { anyOf } from '../store/anyOf';
import type { HubTx } from '../store/openStore';
import { automations, csatSurveys, tickets } from '../store/schema';

/**
 * Schedules the survey of every solved ticket among those a commit touched (solved + the
 * setting's delay), inside the rules' transaction. A ticket keeps one survey row: solved again
 * after a reopen, an unsent survey is scheduled again for the new solve; a sent one never is.
 * Returns the surveys already due and the time to take them at (a delay of 0 sends in the same round).
 */
export async function scheduleSurveys(tx: HubTx, ticketIds: readonly string[], now: number): Promise<Array<{ id: string; at: number }>> {
  if (ticketIds.length === 0) return [];
  const timing = csatSurveySetting.timing(await tx.select().from(automations).where(eq(automations.trigger, csatSurveySetting.trigger)));
  if (!timing) return [];
  const solved = await tx
    .select({ id: tickets.id, customerId: tickets.customerId, solvedAt: tickets.solvedAt })
    .from(tickets)
    .where(and(anyOf(tickets.id, [...ticketIds]), inArray(tickets.status, ['solved', 'closed']), isNotNull(tickets.solvedAt)));
  if (solved.length === 0) return [];
  const rows = solved.map((t) => {
    const solvedAt = t.solvedAt ?? now;
    return { id: uuidv7(now), ticketId: t.id, customerId: t.customerId, status: 'scheduled' as const, solvedAt, dueAt: solvedAt + timing.delayMs, createdAt: now };
  });
  const scheduled = await tx
    .insert(csatSurveys)
    .values(rows)
    .onConflictDoUpdate({
      target: csatSurveys.ticketId,
      set: { status: 'scheduled', solvedAt: sql`excluded.solved_at`, dueAt: sql`excluded.due_at`, customerId: sql`excluded.customer_id`, skipReason: null },
      // An edit of a solved ticket changes nothing; only a new solve reschedules, and never after sending.
      setWhere: and(ne(csatSurveys.status, 'sent'), ne(csatSurveys.solvedAt, sql`excluded.solved_at`)),
    })
    .returning({ id: csatSurveys.id, dueAt: csatSurveys.dueAt, solvedAt: csatSurveys.solvedAt });
  // No delay: due at the solve itself, which may be stamped a moment after this round's clock was read.
  return scheduled.filter((s) => s.dueAt <= now || s.dueAt === s.solvedAt).map((s) => ({ id: s.id, at: Math.max(now, s.dueAt) }));
}
