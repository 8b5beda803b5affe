import type { Connection } from './Connection';
import { fetchIntoReplica, type HistoryFetchDeps } from './fetchIntoReplica';
import { HistoryUnavailableError } from './HistoryUnavailableError';
import { hydrationQueue } from './hydrationQueue';

/**
 * Fetches every queued partial record whole (hub history routes) into the replica, in order.
 * A record the hub no longer has for us is dropped from the queue; a network or hub failure
 * stops here ('stopped') and the queue waits for the next catch-up or live batch.
 */
export async function hydrateQueued(deps: HistoryFetchDeps, connection: Connection): Promise<'drained' | 'stopped'> {
  for (;;) {
    const need = hydrationQueue.all(deps.store)[0];
    if (connection.closed) return 'stopped';
    if (!need) return 'drained';
    try {
      await fetchIntoReplica(deps, `${need.kind}s/${need.id}`);
    } catch (error) {
      if (!(error instanceof HistoryUnavailableError) || (error.reason !== 'not_found' && error.reason !== 'unauthorized')) {
        deps.log(`fetching ${need.kind} ${need.id} failed; will retry`, error);
        return 'stopped';
      }
    }
    if (connection.closed) return 'stopped';
    hydrationQueue.remove(deps.store, need);
  }
}
