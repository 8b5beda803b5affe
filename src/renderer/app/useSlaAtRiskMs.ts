import { useSyncExternalStore } from 'react';
import { slaAtRiskSetting } from '../../core';
import { relay } from '../bridge/relay';

// One shared read for every badge on screen (a list shows dozens): loaded when the first one mounts, again when automations change.
let withinMs = slaAtRiskSetting.defaultMinutes * 60_000;
const listeners = new Set<() => void>();
let stopWatching: (() => void) | null = null;

function load(): void {
  void relay()
    .invoke('tickets.slaAtRisk', {})
    .then((reply) => {
      if (!reply.ok || reply.data.withinMs === withinMs) return;
      withinMs = reply.data.withinMs;
      for (const listener of listeners) listener();
    });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (stopWatching === null) {
    stopWatching = relay().on('data.changed', (change) => {
      if (change.entities.includes('automations')) load();
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

/** The lead's SLA at-risk threshold (ms) as the replica holds it; the default hour until it has loaded. */
export function useSlaAtRiskMs(): number {
  return useSyncExternalStore(subscribe, () => withinMs);
}
