import type { SyncStatus } from '../../core';

/**
 * The status to keep when an IPC reply (`sync.setPaused`, `sync.reconnectNow`) arrives: the reply
 * holds the status as it was when the core answered, and `sync.status` events sent after it may
 * have overtaken it on the way. An older reply must not bring back "Connecting…" for good.
 */
export function newerStatus(current: SyncStatus | null, reply: SyncStatus): SyncStatus {
  return current !== null && current.version >= reply.version ? current : reply;
}
