import type { FastifyBaseLogger } from 'fastify';
import { PgBoss, fromPglite, type Job, type JobInsert, type Queue } from 'pg-boss';
import type { z } from 'zod';
import { jobQueueNames, type JobQueueName } from './jobQueueNames';
import type { JobsTarget } from './JobsTarget';

/** pg-boss keeps its tables here, apart from the hub's own (drizzle migrations never see them). */
export const JOBS_SCHEMA = 'relay_jobs';

export interface HubJobsOptions {
  /** Seconds without a worker's heartbeat before a claimed job is retried elsewhere (a killed node); default 15, pg-boss minimum 10. Applies when the queues are created. */
  heartbeatSeconds?: number;
  /** How often this node's supervisor looks for dead claims; default 10. */
  superviseIntervalSeconds?: number;
}

/**
 * Per queue: ingest deliveries keep order per key (key_strict_fifo: a tracking event never overtakes
 * the shipment upsert before it); rule reactions derive from stored state, so any order is right.
 * Failed attempts retry with backoff; a node that dies mid-job stops its heartbeat and the job is
 * claimed again by another node (the work is idempotent). Long expiries: a 100k-line X12 file is one job.
 */
function queueSettings(name: JobQueueName, heartbeatSeconds: number): Omit<Queue, 'name'> {
  const common = { heartbeatSeconds, retryLimit: 5, retryDelay: 2, retryBackoff: true, retryDelayMax: 60, deleteAfterSeconds: 3600, notify: true };
  return name === 'ingest-delivery' ? { ...common, policy: 'key_strict_fifo', expireInSeconds: 3600 } : { ...common, policy: 'standard', expireInSeconds: 900 };
}

export interface JobHandle {
  id: string;
  /** 0 on the first attempt; more when a failed or abandoned attempt is run again. */
  retryCount: number;
}

/**
 * The hub's durable work queue (pg-boss in its own schema of the hub's database). Any node sends,
 * any node working a queue claims (SKIP LOCKED inside pg-boss). On PGlite it shares the hub's one
 * connection, so every worker runs one job at a time and keeps its statements short.
 */
export class HubJobs {
  private readonly workers = new Map<JobQueueName, string[]>();
  private active = 0;

  private constructor(
    private readonly boss: PgBoss,
    private readonly log: FastifyBaseLogger,
    readonly kind: JobsTarget['kind'],
  ) {}

  /** Installs or migrates the queue schema (once across nodes: pg-boss locks it) and creates the queues. */
  static async start(target: JobsTarget, log: FastifyBaseLogger, options: HubJobsOptions = {}): Promise<HubJobs> {
    const common = {
      schema: JOBS_SCHEMA,
      schedule: false,
      useListenNotify: true,
      superviseIntervalSeconds: options.superviseIntervalSeconds ?? 10,
      openTelemetry: { enabled: false },
    };
    const boss =
      target.kind === 'pglite'
        ? new PgBoss({ ...common, db: fromPglite(target.client), backend: 'pglite' })
        : new PgBoss({ ...common, connectionString: target.url, max: 3, application_name: 'relay-hub-jobs' });
    boss.on('error', (err: unknown) => log.error({ err }, 'job queue error'));
    await boss.start();
    for (const name of jobQueueNames) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, queueSettings(name, Math.max(10, options.heartbeatSeconds ?? 15)));
    }
    if (target.kind === 'pglite') await retryAbandoned(boss, log);
    return new HubJobs(boss, log, target.kind);
  }

  /** Queues a job; `key` orders it behind earlier jobs with the same key (key_strict_fifo queues). */
  async send(queue: JobQueueName, data: object, options: { key?: string; id?: string } = {}): Promise<void> {
    await this.boss.send(queue, data, { ...(options.key ? { singletonKey: options.key } : {}), ...(options.id ? { id: options.id } : {}) });
    this.wake(queue);
  }

  /** Queues many jobs at once; jobs whose id is already stored are left alone (pg-boss inserts ON CONFLICT DO NOTHING). */
  async insert(queue: JobQueueName, jobs: readonly { data: object; key?: string; id?: string }[]): Promise<void> {
    if (jobs.length === 0) return;
    const rows: JobInsert[] = jobs.map((j) => ({ data: j.data, ...(j.key ? { singletonKey: j.key } : {}), ...(j.id ? { id: j.id } : {}) }));
    await this.boss.insert(queue, rows);
    this.wake(queue);
  }

  /**
   * Works a queue on this node with `concurrency` workers (one on PGlite), one job each at a time. Data failing its schema is logged and
   * completed (retrying cannot fix it, and on a key_strict_fifo queue a failed job would hold its key);
   * a handler that throws fails the attempt, which pg-boss retries with backoff.
   */
  async work<T>(queue: JobQueueName, schema: z.ZodType<T>, handler: (data: T, job: JobHandle) => Promise<void>, concurrency = 1): Promise<void> {
    await this.workBatches(queue, schema, async (items) => {
      for (const { data, job } of items) await handler(data, job);
    }, { concurrency, batchSize: 1 });
  }

  /**
   * Like `work`, but each worker claims up to `batchSize` waiting jobs at once and hands them to
   * the handler together (work that coalesces, e.g. rule reactions: one round for many jobs).
   * A handler that throws fails every job of the batch; pg-boss retries them.
   */
  async workBatches<T>(
    queue: JobQueueName,
    schema: z.ZodType<T>,
    handler: (items: { data: T; job: JobHandle }[]) => Promise<void>,
    options: { concurrency?: number; batchSize: number },
  ): Promise<void> {
    // One pg-boss worker per slot, so each handler can wake its own worker: after a job pg-boss
    // otherwise sleeps a full polling interval before the next fetch (batchSize 1 never bursts).
    const slots = this.kind === 'pglite' ? 1 : (options.concurrency ?? 1);
    for (let slot = 0; slot < slots; slot += 1) {
      let workerId = '';
      workerId = await this.boss.work(queue, { pollingIntervalSeconds: 1, notifyPollingIntervalSeconds: 2, batchSize: options.batchSize }, async (jobs: Job<unknown>[]) => {
        this.boss.notifyWorker(workerId);
        this.active += 1;
        try {
          const items: { data: T; job: JobHandle }[] = [];
          for (const job of jobs) {
            const data = schema.safeParse(job.data);
            if (!data.success) {
              this.log.error({ queue, jobId: job.id, issues: data.error.issues }, 'job data does not match its queue; dropped');
              continue;
            }
            items.push({ data: data.data, job: { id: job.id, retryCount: job.retryCount } });
          }
          if (items.length > 0) await handler(items);
        } finally {
          this.active -= 1;
        }
      });
      this.workers.set(queue, [...(this.workers.get(queue) ?? []), workerId]);
    }
  }

  /** Stops this node's worker on a queue after its job in hand finishes; sending stays possible. */
  async offWork(queue: JobQueueName): Promise<void> {
    if (!this.workers.delete(queue)) return;
    await this.boss.offWork(queue, { wait: true });
  }

  /** Resolves once no job of these queues is waiting, retrying or running, on any node, and none is in hand here. */
  async idle(queues: readonly JobQueueName[], pollMs = 20): Promise<void> {
    for (;;) {
      const { rows } = await this.boss
        .getDb()
        .executeSql(`select count(*)::int as n from ${JOBS_SCHEMA}.job where name = any($1::text[]) and state in ('created', 'retry', 'active')`, [queues]);
      const waiting = Number((rows[0] as { n?: unknown } | undefined)?.n ?? 0);
      if (waiting === 0 && this.active === 0) return;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /** Stops workers (waiting for jobs in hand, up to 30 s) and timers; closes pg-boss's own pool, never the hub's PGlite. */
  async stop(): Promise<void> {
    this.workers.clear();
    await this.boss.stop({ graceful: true, timeout: 30_000 });
  }

  /** The local worker checks at once instead of at its next poll (other nodes hear pg-boss's NOTIFY). */
  private wake(queue: JobQueueName): void {
    for (const id of this.workers.get(queue) ?? []) this.boss.notifyWorker(id);
  }
}

/**
 * PGlite has one process, so a job still active at start was claimed by this hub before it died:
 * retried now rather than after its heartbeat lapses (on a key_strict_fifo queue it holds its key).
 */
async function retryAbandoned(boss: PgBoss, log: FastifyBaseLogger): Promise<void> {
  const { rows } = await boss.getDb().executeSql(`select name, id from ${JOBS_SCHEMA}.job where state = 'active' and name = any($1::text[])`, [jobQueueNames]);
  const abandoned = rows as { name: JobQueueName; id: string }[];
  for (const name of jobQueueNames) {
    const ids = abandoned.filter((r) => r.name === name).map((r) => r.id);
    if (ids.length === 0) continue;
    log.warn({ queue: name, jobs: ids.length }, 'retrying jobs the previous run left active');
    await boss.fail(name, ids, { reason: 'the hub stopped while running this job' });
  }
}
