import { eq } from 'drizzle-orm';
import type { HubTx } from '../store/openStore';
import { deferredNotifications } from '../store/schema';
import { notifyCustomers } from './notifyCustomers';
import type { RulesWork } from './runRulesWrite';
import { shipmentTriggerSchema } from './shipmentTriggerSchema';

/**
 * Acts on one due deferral inside a rules write: the row is deleted in the transaction that
 * queues the message, so it is acted on exactly once whichever node (or restart) gets there
 * first; whoever loses the race deletes nothing and does nothing. A failure rolls both back.
 */
export async function runDeferral(tx: HubTx, id: string, now: number): Promise<RulesWork<null>> {
  const none: RulesWork<null> = { value: null, changes: [], audit: [] };
  const [row] = await tx.delete(deferredNotifications).where(eq(deferredNotifications.id, id)).returning();
  if (!row) return none;
  const trigger = shipmentTriggerSchema.safeParse(row.trigger);
  if (!trigger.success) {
    return { ...none, audit: [{ action: 'notification.skipped', entity: 'automations', entityId: row.automationId, detail: { reason: 'invalid_deferral' } }] };
  }
  const work = await notifyCustomers(tx, [trigger.data], now, row.automationId);
  return { ...work, value: null };
}
