import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../src/core';
import { StatusTracker } from '../../../../src/desktop/status/StatusTracker';
import { newerStatus } from '../../../../src/renderer/status/newerStatus';

/**
 * The e2e flake of #10: "Work offline" switched off answers the status of that moment
 * ("Connecting…", 1 unsent); the events that follow (online, sent, refused) can reach the page
 * before that answer. The answer must not bring the old status back.
 */
describe('newerStatus', () => {
  it('keeps the events that overtook an IPC reply, and takes a reply that is newer', () => {
    const events: SyncStatus[] = [];
    const tracker = new StatusTracker((s) => events.push(s));
    tracker.set({ connection: 'offline', unsent: 1, paused: true });
    // What sync.setPaused({paused:false}) answers: the status right after it started connecting.
    tracker.set({ paused: false, connection: 'connecting' });
    const reply = tracker.get();
    tracker.set({ connection: 'online', syncing: true });
    tracker.set({ syncing: false, unsent: 0, refused: 1 });

    let shown: SyncStatus | null = null;
    for (const event of events) shown = event;
    shown = newerStatus(shown, reply);
    expect(shown).toMatchObject({ connection: 'online', unsent: 0, refused: 1 });

    tracker.set({ connection: 'offline' });
    expect(newerStatus(reply, tracker.get())).toMatchObject({ connection: 'offline' });
    expect(newerStatus(null, reply)).toBe(reply);
  });

  it('stamps only real changes with a rising version', () => {
    const seen: number[] = [];
    const tracker = new StatusTracker((s) => seen.push(s.version));
    tracker.set({ unsent: 2 });
    tracker.set({ unsent: 2 });
    tracker.set({ lastError: 'Cannot reach the hub (websocket error)', retryAt: 1_000 });
    expect(seen).toEqual([1, 2]);
    expect(tracker.get().version).toBe(2);
  });
});
