import type { Actor, EntityName, HistoryBundle } from '../../core';
import type { LocalStore } from '../db/localStore';
import { cacheHistoryBundle } from './cacheHistoryBundle';
import { fetchHistoryBundle } from './fetchHistoryBundle';
import type { Logger } from '../log/Logger';

export interface HistoryFetchDeps {
  store: LocalStore;
  actor: Actor | null;
  access: { hubUrl: string; token: string };
  dataChanged(entities: EntityName[]): void;
  log: Logger;
}

const ATTEMPTS = 3;

/**
 * Fetches a history route and caches its rows in the replica. A replica that moved past the
 * answer's heads meanwhile asks again (a busy hub may keep it racing: the last answer is then
 * cached without overwriting anything newer). Throws HistoryUnavailableError.
 */
export async function fetchIntoReplica(deps: HistoryFetchDeps, path: string): Promise<HistoryBundle> {
  for (let attempt = 1; ; attempt++) {
    const bundle = await fetchHistoryBundle(deps.access, path);
    const cursors = deps.store.state.cursors();
    const stale = Object.entries(bundle.heads).some(([scope, head]) => (cursors[scope] ?? -1) > head);
    if (stale && attempt < ATTEMPTS) continue;
    const { entities } = cacheHistoryBundle(deps.store, deps.actor, bundle, deps.log);
    deps.dataChanged(entities);
    return bundle;
  }
}
