import type { SyncStatus } from '../../core';

/** Holds the sync status and reports it whenever any field actually changes. */
export class StatusTracker {
  private status: SyncStatus = {
    connection: 'signed_out',
    offlineSince: null,
    syncing: false,
    progress: null,
    unsent: 0,
    refused: 0,
    lastError: null,
    paused: false,
  };

  constructor(private readonly onChange: (status: SyncStatus) => void) {}

  get(): SyncStatus {
    return { ...this.status };
  }

  set(patch: Partial<SyncStatus>): void {
    const next = { ...this.status, ...patch };
    if (JSON.stringify(next) === JSON.stringify(this.status)) return;
    this.status = next;
    this.onChange(this.get());
  }
}
