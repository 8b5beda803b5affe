import { eq } from 'drizzle-orm';
import type { RowChange } from '../../core';
import type { HubTx } from '../store/openStore';
import { ingestIdentities } from '../ingest/ingestTables';

/**
 * Hub-only sender identities (chat visitor ids, social handles) follow a customer merge: a
 * customer row written with `mergedIntoId` hands its identities to the survivor, so the next
 * message from that handle lands on the surviving customer.
 */
export async function moveMergedIdentities(tx: HubTx, changes: readonly RowChange[]): Promise<void> {
  for (const change of changes) {
    if (change.op !== 'upsert' || change.entity !== 'customers' || change.row.mergedIntoId === null) continue;
    await tx.update(ingestIdentities).set({ customerId: change.row.mergedIntoId }).where(eq(ingestIdentities.customerId, change.id));
  }
}
