import { useSyncExternalStore } from 'react';
import type { EntityName } from '../../core';
import { relay } from './relay';

interface Options<T> {
  /** What the hook returns until the first read answers. */
  initial: T;
  /** Entities whose change makes the value worth reading again. */
  entities: readonly EntityName[];
  /** Reads the value; null keeps the one held (a failed read). */
  read(): Promise<T | null>;
  /** Equal values keep the held one, so a re-read that changed nothing re-renders nothing. */
  same(a: T, b: T): boolean;
}

/**
 * A hook over one value shared by every component that shows it (a list's dozens of badges):
 * read when the first mounts, again when one of `entities` changes, dropped when the last unmounts.
 */
export function sharedReplicaRead<T>({ initial, entities, read, same }: Options<T>): () => T {
  let value = initial;
  const listeners = new Set<() => void>();
  let stopWatching: (() => void) | null = null;

  function load(): void {
    void read().then((next) => {
      if (next === null || same(value, next)) return;
      value = next;
      for (const listener of listeners) listener();
    });
  }

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    if (stopWatching === null) {
      stopWatching = relay().on('data.changed', (change) => {
        if (change.entities.some((e) => entities.includes(e))) load();
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

  return () => useSyncExternalStore(subscribe, () => value);
}
