import type { ChangeRow, LiveChanges } from '../../core';
import { applyHubChanges } from './applyHubChanges';
import { pullUntilCurrent } from './pullUntilCurrent';
import type { SyncStepContext } from './SyncStepContext';

/**
 * Applies every live batch that queued up behind the previous sync step in ONE rebase (a
 * flush of N mutations echoes N batches; rebasing the outbox once per batch was quadratic).
 * Per scope, a batch follows when its `prev` is at or below the cursor reached so far; one
 * wholly at or below it is a duplicate; anything else is a gap, filled by a pull afterwards.
 */
export async function applyLiveBatches(ctx: SyncStepContext, batches: readonly LiveChanges[]): Promise<void> {
  const { store } = ctx;
  const reached = store.state.cursors();
  const rows: ChangeRow[] = [];
  let gap = false;
  for (const batch of batches) {
    const cursor = reached[batch.scope];
    // A scope not held completely (yet): its snapshot or the next catch-up brings these rows.
    if (cursor === undefined) continue;
    const last = Math.max(...batch.rows.map((r) => r.seq));
    if (last <= cursor) continue;
    if (batch.prev <= cursor) {
      rows.push(...batch.rows);
      reached[batch.scope] = last;
    } else {
      gap = true;
    }
  }
  if (rows.length > 0) {
    applyHubChanges(ctx, rows);
    ctx.status.set({ ...store.outbox.counts() });
  }
  if (gap && !ctx.connection.closed) await pullUntilCurrent(ctx);
}
