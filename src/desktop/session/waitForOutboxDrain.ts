import type { LocalStore } from '../db/localStore';
import { IpcFailure } from '../ipc/IpcFailure';
import type { StatusTracker } from '../status/StatusTracker';
import { changesPhrase } from './changesPhrase';

const POLL_MS = 100;
const NUDGE_MS = 2_000;

/**
 * Waits until the hub has answered every pending outbox entry ("Send now and sign out"),
 * nudging the flush now and then; fails without losing anything when the connection drops
 * or the hub stays silent, so the agent can choose again.
 */
export async function waitForOutboxDrain(
  deps: { store: LocalStore; status: StatusTracker; flush(): void },
  timeoutMs = 60_000,
): Promise<void> {
  const started = Date.now();
  let nudged = 0;
  for (;;) {
    const left = deps.store.outbox.unsentCount();
    if (left === 0) return;
    if (deps.status.get().connection !== 'online') {
      throw new IpcFailure('offline', `The connection to the hub dropped; ${changesPhrase(left)} not sent yet. Nothing was lost: choose again.`);
    }
    const elapsed = Date.now() - started;
    if (elapsed > timeoutMs) {
      throw new IpcFailure('failed', `The hub has not confirmed ${changesPhrase(left)} yet. Nothing was lost: try again or keep them for later.`);
    }
    if (elapsed >= nudged) {
      deps.flush();
      nudged = elapsed + NUDGE_MS;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
