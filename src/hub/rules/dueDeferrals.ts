import { asc, lte } from 'drizzle-orm';
import type { HubDb } from '../store/openStore';
import { deferredNotifications } from '../store/schema';

/** Ids of the deferred notifications due by `now`, oldest first, at most `limit`. */
export async function dueDeferrals(db: HubDb, now: number, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: deferredNotifications.id })
    .from(deferredNotifications)
    .where(lte(deferredNotifications.dueAt, now))
    .orderBy(asc(deferredNotifications.dueAt), asc(deferredNotifications.id))
    .limit(limit);
  return rows.map((r) => r.id);
}
