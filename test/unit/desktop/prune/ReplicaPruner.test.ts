/**
 * The pruner's schedule: nothing before the replica has caught up; once the first time sync
 * reports online and caught up, one run (telling the UI what changed); not again on later
 * status reports; runNow joins a run under way.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultReplicationWindow, type EntityName, type SyncStatus } from '../../../../src/core';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { ReplicaPruner } from '../../../../src/desktop/prune/ReplicaPruner';
import { StatusTracker } from '../../../../src/desktop/status/StatusTracker';
import { replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { waitFor } from '../../../fixtures/desktop/waitFor';

/** A status as the tracker reports it (whatever fields it has), with `patch` applied. */
const status = (patch: Partial<SyncStatus>): SyncStatus => {
  const tracker = new StatusTracker(() => {});
  tracker.set({ connection: 'online', ...patch });
  return tracker.get();
};

describe('ReplicaPruner', () => {
  const fx = replicaFixtures();
  const now = fx.now + 365 * 86_400_000;
  let store: LocalStore;
  let pruner: ReplicaPruner;
  const changed: EntityName[][] = [];

  beforeEach(() => {
    store = openLocalStore(':memory:');
    // A ticket solved a year ago: outside the window.
    store.rows.put('tickets', { ...fx.ticket, status: 'solved', updatedAt: fx.now });
    changed.length = 0;
    pruner = new ReplicaPruner({ store, window: defaultReplicationWindow, now: () => now, busy: () => false, dataChanged: (e) => changed.push(e), log: () => {} });
  });
  afterEach(async () => {
    await pruner.close();
    store.close();
  });

  const tickets = (): number => store.sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM tickets').get()!.n;

  it('waits for the first caught-up sync, then prunes once and says what changed', async () => {
    pruner.statusChanged(status({ connection: 'connecting' }));
    pruner.statusChanged(status({ syncing: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tickets()).toBe(1);
    pruner.statusChanged(status({}));
    await waitFor('the old ticket pruned', () => tickets() === 0);
    await waitFor('the UI told', () => changed.length === 1);
    expect(changed[0]).toContain('tickets');

    store.rows.put('tickets', { ...fx.ticket, status: 'solved', updatedAt: fx.now });
    pruner.statusChanged(status({ syncing: true }));
    pruner.statusChanged(status({}));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tickets()).toBe(1);
  });

  it('runNow joins a run under way', async () => {
    const a = pruner.runNow();
    const b = pruner.runNow();
    expect(b).toBe(a);
    expect((await a).removed.tickets).toBe(1);
  });
});
