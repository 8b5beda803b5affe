import { uuidv7 } from '../../core';
import type { HubTx } from '../store/openStore';
import { deferredNotifications } from '../store/schema';
import type { Deferral } from './Deferral';

/**
 * Stores a deferral in the caller's transaction (the one auditing `notification.deferred`), so
 * it survives restarts and any hub node can act on it. The same deferral twice is kept once.
 */
export async function storeDeferral(tx: HubTx, deferral: Deferral, now: number): Promise<void> {
  const { event, exceptionId } = deferral.trigger;
  await tx
    .insert(deferredNotifications)
    .values({
      id: uuidv7(now),
      automationId: deferral.automationId,
      dedupeKey: `${deferral.automationId}:${event.trigger}:${event.shipmentId}:${exceptionId ?? ''}`,
      trigger: { event: { ...event }, exceptionId },
      dueAt: deferral.until,
      createdAt: now,
    })
    .onConflictDoNothing({ target: deferredNotifications.dedupeKey });
}
