import type { LocalStore } from '../db/localStore';
import { agents, customers, failedMutations, messages, outbox, stash, teams, tickets } from '../db/schema';

/** Empties every replicated row, the outbox and the cursors; the clientId stays. */
export function wipeReplica(store: LocalStore): void {
  store.transaction(() => {
    for (const table of [teams, agents, customers, tickets, messages, outbox, stash, failedMutations]) {
      store.db.delete(table).run();
    }
    store.state.setCursors({});
    store.state.setSession(null);
  });
}
