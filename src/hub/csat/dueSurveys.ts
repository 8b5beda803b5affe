import { and, asc, eq, lte } from 'drizzle-orm';
import type { HubDb } from '../store/openStore';
import { csatSurveys } from '../store/schema';

/** Ids of the scheduled surveys due by `now`, oldest first, at most `limit`. */
export async function dueSurveys(db: HubDb, now: number, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: csatSurveys.id })
    .from(csatSurveys)
    .where(and(eq(csatSurveys.status, 'scheduled'), lte(csatSurveys.dueAt, now)))
    .orderBy(asc(csatSurveys.dueAt), asc(csatSurveys.id))
    .limit(limit);
  return rows.map((r) => r.id);
}
