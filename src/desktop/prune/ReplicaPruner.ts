import type { EntityName, ReplicationWindow, SyncStatus } from '../../core';
import type { LocalStore } from '../db/localStore';
import { pruneReplica, type PruneReport } from './pruneReplica';

const DAY = 86_400_000;

export interface ReplicaPrunerOptions {
  store: LocalStore;
  window: ReplicationWindow;
  /** Default 14 days. */
  spareOpenedMs?: number;
  /** Between scheduled runs; default one day. */
  intervalMs?: number;
  now(): number;
  /** Sync is writing: prune batches wait for a quiet moment. */
  busy(): boolean;
  dataChanged(entities: EntityName[]): void;
  log(message: string, detail?: unknown): void;
}

/**
 * Runs the prune at idle: once after the first complete sync of this process, then daily, and
 * on demand. Runs never overlap. It does not use the sync engine's queue: each batch is one
 * synchronous transaction taken only while sync is not mid catch-up (see pruneReplica).
 */
export class ReplicaPruner {
  private running: Promise<PruneReport> | null = null;
  private ranAfterSync = false;
  private readonly timer: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly options: ReplicaPrunerOptions) {
    this.timer = setInterval(() => this.runInBackground(), options.intervalMs ?? DAY);
    this.timer.unref();
  }

  /** Feed of sync status: the first time the replica is online and caught up, prune once. */
  statusChanged(status: SyncStatus): void {
    if (this.ranAfterSync || status.connection !== 'online' || status.syncing) return;
    this.ranAfterSync = true;
    this.runInBackground();
  }

  /** Prunes now (joining a run already under way). */
  runNow(): Promise<PruneReport> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Waits for a run under way, and schedules no more. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  private runInBackground(): void {
    if (this.closed) return;
    this.runNow().catch((error: unknown) => this.options.log('pruning the replica failed', error));
  }

  private async run(): Promise<PruneReport> {
    const o = this.options;
    const report = await pruneReplica(o.store, {
      window: o.window,
      now: o.now(),
      spareOpenedMs: o.spareOpenedMs ?? 14 * DAY,
      busy: () => this.closed || o.busy(),
    });
    const touched = (Object.entries(report.removed) as [EntityName, number][]).filter(([, n]) => n > 0).map(([e]) => e);
    if (touched.length > 0) o.dataChanged(touched);
    return report;
  }
}
