import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../src/core';
import { syncProblem } from '../../../../src/renderer/status/syncProblem';

const base: SyncStatus = {
  connection: 'online',
  offlineSince: null,
  syncing: false,
  progress: null,
  unsent: 0,
  refused: 0,
  lastError: null,
  retryAt: null,
  paused: false,
  version: 1,
};

describe('syncProblem', () => {
  it('counts the changes that could not be sent when sending is what fails', () => {
    const reason = 'The hub hit an internal error on this change (hub log reference 3f9c0a12).';
    expect(syncProblem({ ...base, unsent: 2, lastError: reason, retryAt: 8_000 })).toBe(`Couldn't send 2 changes: ${reason}`);
    expect(syncProblem({ ...base, unsent: 1, lastError: 'push: the hub did not answer within 20 s' })).toBe(
      "Couldn't send 1 change: push: the hub did not answer within 20 s",
    );
  });

  it('says only the reason when offline or nothing is waiting, and nothing when all is well', () => {
    expect(syncProblem({ ...base, connection: 'offline', unsent: 3, lastError: 'Cannot reach the hub (websocket error)' })).toBe(
      'Cannot reach the hub (websocket error)',
    );
    expect(syncProblem({ ...base, lastError: 'Sync failed: pull: unexpected reply' })).toBe('Sync failed: pull: unexpected reply');
    expect(syncProblem({ ...base, unsent: 4 })).toBeNull();
  });
});
