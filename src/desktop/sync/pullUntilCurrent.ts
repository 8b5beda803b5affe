import { pullResponseSchema } from '../../core';
import { applyHubChanges } from './applyHubChanges';
import { hubRequest } from './hubRequest';
import type { SyncStepContext } from './SyncStepContext';

const PULL_PAGE = 1_000;

/** Pulls change-log pages for every held scope until the hub has nothing newer. */
export async function pullUntilCurrent(ctx: SyncStepContext): Promise<void> {
  const { store, socket, connection } = ctx;
  for (;;) {
    const cursors = store.state.cursors();
    if (Object.keys(cursors).length === 0) return;
    const page = await hubRequest(socket, connection, 'pull', { cursors, limit: PULL_PAGE }, pullResponseSchema);
    if (connection.closed) return;
    if (page.rows.length > 0) {
      applyHubChanges(ctx, page.rows);
      ctx.status.set({ ...store.outbox.counts() });
    }
    // No rows but "more" would loop forever; the next live batch or reconnect retries.
    if (!page.hasMore || page.rows.length === 0) return;
  }
}
