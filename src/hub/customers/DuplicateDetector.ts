import { z } from 'zod';
import { idSchema } from '../../core';
import type { HubContext } from '../HubContext';
import type { HubJobs } from '../jobs/HubJobs';
import { detectDuplicates } from './detectDuplicates';

export interface DuplicateDetectorOptions {
  /** How often a full scan runs besides the one at start; 0 = only at start. */
  intervalMs: number;
}

/** A detection job: the customers just written, or null for a full scan. */
const duplicateWorkSchema = z.object({ customerIds: z.array(idSchema).max(10_000).nullable() });
type DuplicateWork = z.infer<typeof duplicateWorkSchema>;

/**
 * Flags likely duplicate customers on the shared job queue (`customer-duplicates`): after a
 * commit writes customers or contacts (those customers only), at start and every `intervalMs`
 * (all). Any node works the queue; waiting jobs are joined into one run.
 */
export class DuplicateDetector {
  private readonly written = new Set<string>();
  private scheduled = false;
  private timer: NodeJS.Timeout | undefined;
  private off: (() => void) | null = null;
  ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: Pick<HubContext, 'db' | 'lane' | 'now' | 'log'>,
    private readonly jobs: HubJobs,
    private readonly options: DuplicateDetectorOptions,
  ) {}

  start(): void {
    this.ready = this.jobs.workBatches('customer-duplicates', duplicateWorkSchema, (items) => this.run(items.map((i) => i.data)), { batchSize: 20 });
    this.off = this.ctx.lane.onCommitted((batches) => {
      for (const change of batches.flatMap((b) => b.rows)) {
        if (change.op !== 'upsert' || !change.row) continue;
        if (change.entity === 'customers') this.written.add(change.id);
        if (change.entity === 'contacts' && typeof change.row.customerId === 'string') this.written.add(change.row.customerId);
      }
      this.schedule();
    });
    void this.send({ customerIds: null });
    if (this.options.intervalMs > 0) {
      this.timer = setInterval(() => void this.send({ customerIds: null }), this.options.intervalMs);
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.off?.();
    await this.ready.catch(() => undefined);
    await this.jobs.offWork('customer-duplicates');
  }

  /** One job for the writes of this event-loop turn (one commit's rows travel together). */
  private schedule(): void {
    if (this.scheduled || this.written.size === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const customerIds = [...this.written].slice(0, 10_000);
      this.written.clear();
      void this.send({ customerIds });
    });
  }

  private async send(work: DuplicateWork): Promise<void> {
    await this.jobs.send('customer-duplicates', work).catch((err: unknown) => this.ctx.log.error({ err }, 'duplicates: queuing a detection failed'));
  }

  private async run(items: DuplicateWork[]): Promise<void> {
    const full = items.some((i) => i.customerIds === null);
    const focus = full ? undefined : new Set(items.flatMap((i) => i.customerIds ?? []));
    const found = await detectDuplicates(this.ctx, focus);
    if (found > 0) this.ctx.log.info({ found, full }, 'duplicates: new likely duplicate customers flagged');
  }
}
