import { pushResponseSchema, type EntityName } from '../../core';
import { hubRequest } from './hubRequest';
import type { SyncStepContext } from './SyncEngine';
import { isSettled } from '../outbox/isSettled';
import { writeHubState } from './writeHubState';

const PUSH_BATCH = 100;

/**
 * Sends pending outbox entries in order, in batches, and books the answers: applied → acked
 * with its seqs (dropped once the cursors reach them); rejected → failed_mutations, dropped,
 * and the replica rebased so its optimistic effect disappears.
 */
export async function flushOutbox(ctx: SyncStepContext): Promise<void> {
  const { store, socket, connection } = ctx;
  for (;;) {
    const batch = store.outbox.pending(PUSH_BATCH);
    if (batch.length === 0 || connection.closed) return;
    const mutations = batch.map((e) => ({ id: e.mutationId, name: e.name, args: e.args, clientId: ctx.clientId, createdAt: e.createdAt }));
    const reply = await hubRequest(socket, connection, 'push', { mutations }, pushResponseSchema);
    if (connection.closed) return;
    const sent = new Set(batch.map((e) => e.mutationId));
    let answered = 0;
    let rejected = false;
    store.transaction(() => {
      for (const result of reply.results) {
        if (!sent.has(result.id)) continue;
        answered++;
        if (result.status === 'applied') store.outbox.markAcked(result.id, result.seqs);
        else {
          store.outbox.fail(result.id, result.error.code, result.error.message, ctx.now());
          ctx.log(`hub rejected mutation ${result.id}: ${result.error.code}: ${result.error.message}`);
          rejected = true;
        }
      }
    });
    const cursors = store.state.cursors();
    const entities: EntityName[] =
      rejected || store.outbox.all().some((e) => isSettled(e, cursors)) ? writeHubState(store, ctx.actor(), () => [], ctx.log) : [];
    if (entities.length > 0 || rejected) ctx.dataChanged(entities);
    ctx.status.set({ ...store.outbox.counts() });
    // The hub answered none of them: stop rather than spin; the next trigger retries.
    if (answered === 0) return;
  }
}
