import { z } from 'zod';
import type { SystemActor } from '../../core';
import type { HubContext } from '../HubContext';
import type { HubJobs } from '../jobs/HubJobs';
import { runRetention } from './runRetention';

const retentionActor: SystemActor = { kind: 'system', systemId: 'system:retention' };
const day = 24 * 60 * 60 * 1000;

/**
 * The retention rules' daily run on the shared job queue (`retention`): every node queues one a
 * day and any node works it (a second run the same day finds nothing left to do). An admin's
 * "Run now" calls runRetention directly, to show its counts.
 */
export class RetentionJob {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly ctx: Pick<HubContext, 'db' | 'lane' | 'now' | 'log' | 'blobs'>,
    private readonly jobs: HubJobs,
    private readonly intervalMs: number = day,
  ) {}

  async start(): Promise<void> {
    await this.jobs.work('retention', z.object({}), async () => {
      const rules = await runRetention(this.ctx, retentionActor);
      if (rules.some((r) => r.touched.tickets > 0)) this.ctx.log.info({ rules }, 'retention: solved tickets anonymised or deleted');
    });
    this.timer = setInterval(() => void this.jobs.send('retention', {}).catch((err: unknown) => this.ctx.log.error({ err }, 'retention: queuing the daily run failed')), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.jobs.offWork('retention');
  }
}
