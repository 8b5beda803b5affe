import { useSyncExternalStore } from 'react';
import type { TeamCalendarItem } from '../../core';
import { relay } from '../bridge/relay';

// One shared read for every SLA badge on screen, loaded when the first mounts and again when teams change.
// The items keep their identity between loads of the same data, so core's per-calendar cache holds.
let teams: ReadonlyMap<string, TeamCalendarItem> = new Map();
const listeners = new Set<() => void>();
let stopWatching: (() => void) | null = null;

function load(): void {
  void relay()
    .invoke('teams.calendars', {})
    .then((reply) => {
      if (!reply.ok) return;
      if (JSON.stringify([...teams.values()]) === JSON.stringify(reply.data)) return;
      teams = new Map(reply.data.map((t) => [t.id, t]));
      for (const listener of listeners) listener();
    });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (stopWatching === null) {
    stopWatching = relay().on('data.changed', (change) => {
      if (change.entities.includes('teams')) load();
    });
    load();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopWatching?.();
      stopWatching = null;
    }
  };
}

/** Every team with its business calendar (null = around the clock), by id, as the replica holds them. */
export function useTeamCalendars(): ReadonlyMap<string, TeamCalendarItem> {
  return useSyncExternalStore(subscribe, () => teams);
}
