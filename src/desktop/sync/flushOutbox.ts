import { pushResponseSchema, type EntityName, type PushResponse } from '../../core';
import { ConnectionClosedError } from './Connection';
import { hubRequest } from './hubRequest';
import type { SyncStepContext } from './SyncStepContext';
import { isSettled } from '../outbox/isSettled';
import { writeHubState } from './writeHubState';
import { uploadOutboxFiles } from '../attachments/uploadOutboxFiles';

const PUSH_BATCH = 100;

/** After this many internal hub failures the head mutation goes to the refused list, so the rest can flow. */
export const MAX_INTERNAL_FAILURES = 5;

/** How a flush ended: everything sent was answered, the connection ended, or it failed (retry later). */
export type FlushOutcome = { kind: 'done' } | { kind: 'closed' } | { kind: 'failed'; reason: string };

/**
 * Sends pending outbox entries in order, in batches, and books the answers: applied → acked
 * with its seqs (dropped once the cursors reach them); rejected → failed_mutations, dropped,
 * and the replica rebased so its optimistic effect disappears. An internal hub failure on a
 * mutation is counted on it; at MAX_INTERNAL_FAILURES it is refused locally like a rejection.
 * Never throws for the hub's or the network's faults: the caller retries a `failed` flush.
 */
export async function flushOutbox(ctx: SyncStepContext): Promise<FlushOutcome> {
  const { store, socket, connection } = ctx;
  for (;;) {
    const pending = store.outbox.pending(PUSH_BATCH);
    if (connection.closed) return { kind: 'closed' };
    if (pending.length === 0) return { kind: 'done' };
    // A reply goes only after its files are on the hub, so the hub never sends it without them.
    const uploads = await uploadOutboxFiles(ctx, pending);
    if (connection.closed) return { kind: 'closed' };
    if (uploads.kind === 'refused' && uploads.count === 0) {
      store.transaction(() => store.outbox.fail(uploads.mutationId, 'invalid_args', uploads.message, ctx.now()));
      ctx.log(`reply ${uploads.mutationId} refused before sending: ${uploads.message}`);
      ctx.dataChanged(writeHubState(store, ctx.actor(), () => [], ctx.log));
      ctx.status.set({ ...store.outbox.counts() });
      continue;
    }
    if (uploads.kind === 'waiting' && uploads.count === 0) return { kind: 'failed', reason: uploads.reason };
    const batch = pending.slice(0, uploads.count);
    const mutations = batch.map((e) => ({ id: e.mutationId, name: e.name, args: e.args, clientId: ctx.clientId, createdAt: e.createdAt }));
    let reply: PushResponse;
    try {
      reply = await hubRequest(socket, connection, 'push', { mutations }, pushResponseSchema);
    } catch (error) {
      if (error instanceof ConnectionClosedError || connection.closed) return { kind: 'closed' };
      return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
    if (connection.closed) return { kind: 'closed' };
    const sent = new Set(batch.map((e) => e.mutationId));
    const booked = store.transaction(() => {
      let answered = 0;
      let refused = false;
      for (const result of reply.results) {
        if (!sent.has(result.id)) continue;
        answered++;
        if (result.status === 'applied') store.outbox.markAcked(result.id, result.seqs);
        else {
          store.outbox.fail(result.id, result.error.code, result.error.message, ctx.now());
          ctx.log(`hub rejected mutation ${result.id}: ${result.error.code}: ${result.error.message}`);
          refused = true;
        }
      }
      const failed = reply.failed;
      if (!failed || !sent.has(failed.id)) return { answered, refused, stuck: null };
      const attempts = store.outbox.recordFailure(failed.id, failed.message);
      ctx.log(`hub failed on mutation ${failed.id} (${attempts}/${MAX_INTERNAL_FAILURES}): ${failed.message}`);
      if (attempts < MAX_INTERNAL_FAILURES) return { answered, refused, stuck: failed.message };
      // Given up: undone and kept with its reason like a refusal, so the changes behind it can go.
      store.outbox.fail(failed.id, 'internal', `The hub failed on this change ${attempts} times: ${failed.message}`, ctx.now());
      return { answered, refused: true, stuck: null };
    });
    const { answered, refused, stuck } = booked;
    const cursors = store.state.cursors();
    const entities: EntityName[] =
      refused || store.outbox.all().some((e) => isSettled(e, cursors)) ? writeHubState(store, ctx.actor(), () => [], ctx.log) : [];
    if (entities.length > 0 || refused) ctx.dataChanged(entities);
    ctx.status.set({ ...store.outbox.counts() });
    if (stuck !== null) return { kind: 'failed', reason: stuck };
    // The hub answered none of them and named no failure: stop rather than spin.
    if (answered === 0 && !refused) return { kind: 'failed', reason: 'the hub answered none of the changes sent' };
  }
}
