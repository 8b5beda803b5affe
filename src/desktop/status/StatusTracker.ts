import type { SyncStatus } from '../../core';

/** Holds the sync status and reports it whenever any field actually changes, stamped with a rising version. */
export class StatusTracker {
  private status: SyncStatus = {
    connection: 'signed_out',
    offlineSince: null,
    syncing: false,
    progress: null,
    unsent: 0,
    refused: 0,
    lastError: null,
    retryAt: null,
    paused: false,
    version: 0,
  };

  constructor(private readonly onChange: (status: SyncStatus) => void) {}

  get(): SyncStatus {
    return { ...this.status };
  }

  set(patch: Partial<Omit<SyncStatus, 'version'>>): void {
    const next = { ...this.status, ...patch, version: this.status.version };
    if (JSON.stringify(next) === JSON.stringify(this.status)) return;
    this.status = { ...next, version: this.status.version + 1 };
    this.onChange(this.get());
  }
}
