import type { Connection } from './Connection';
import type { HistoryFetchDeps } from './fetchIntoReplica';
import { hydrateQueued } from './hydrateQueued';
import { hydrationQueue } from './hydrationQueue';

/** Fetches partial records (old tickets re-opened, see findHydrationNeeds) beside the sync queue, one run at a time. */
export class HydrationRunner {
  private running = false;

  /** `deps` is read at each run: the actor may change while the engine lives. */
  constructor(private readonly deps: () => HistoryFetchDeps) {}

  soon(connection: Connection): void {
    if (this.running || connection.closed) return;
    this.running = true;
    const deps = this.deps();
    void hydrateQueued(deps, connection)
      .catch((error: unknown) => {
        deps.log('fetching partial records failed', error);
        return 'stopped' as const;
      })
      .then((end) => {
        this.running = false;
        // Needs queued by a live batch while the last fetch was out: go again.
        if (end === 'drained' && hydrationQueue.all(deps.store).length > 0) this.soon(connection);
      });
  }
}
