import type { Logger } from '../log/Logger';

/** Runs async tasks one at a time, in order; sync work (catch-up, live batches, flush) never interleaves. */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly log: Logger) {}

  run(task: () => Promise<void>): Promise<void> {
    const next = this.tail.then(task).catch((error: unknown) => this.log('sync task failed', error));
    this.tail = next;
    return next;
  }

  /** Resolves once every task queued so far has finished. */
  idle(): Promise<void> {
    return this.tail;
  }
}
