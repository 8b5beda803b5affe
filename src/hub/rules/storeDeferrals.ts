import { uuidv7 } from '../../core';
import type { HubTx } from '../store/openStore';
import { deferredNotifications } from '../store/schema';
import type { Deferral } from './Deferral';

/** Rows per INSERT. */
const chunk = 500;

/**
 * Stores deferrals in the caller's transaction (the one auditing `notification.deferred`), so
 * they survive restarts and any hub node can act on them. The same deferral twice is kept once.
 */
export async function storeDeferrals(tx: HubTx, deferrals: readonly Deferral[], now: number): Promise<void> {
  const rows = new Map<string, typeof deferredNotifications.$inferInsert>();
  for (const deferral of deferrals) {
    const { event, exceptionId } = deferral.trigger;
    const dedupeKey = `${deferral.automationId}:${event.trigger}:${event.shipmentId}:${exceptionId ?? ''}`;
    if (rows.has(dedupeKey)) continue;
    rows.set(dedupeKey, { id: uuidv7(now), automationId: deferral.automationId, dedupeKey, trigger: { event: { ...event }, exceptionId }, dueAt: deferral.until, createdAt: now });
  }
  const values = [...rows.values()];
  for (let i = 0; i < values.length; i += chunk) {
    await tx.insert(deferredNotifications).values(values.slice(i, i + chunk)).onConflictDoNothing({ target: deferredNotifications.dedupeKey });
  }
}
