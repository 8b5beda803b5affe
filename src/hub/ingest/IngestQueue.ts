/**
 * Runs ingest jobs one at a time in arrival order, after the HTTP answer has gone out. Order
 * matters: a tracking event must not overtake the shipment upsert it refers to.
 */
export class IngestQueue {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;

  constructor(private readonly onError: (error: unknown) => void) {}

  enqueue(job: () => Promise<void>): void {
    this.pending += 1;
    this.tail = this.tail
      .then(job)
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        this.pending -= 1;
      });
  }

  get size(): number {
    return this.pending;
  }

  /** Resolves once every job queued so far has run (shutdown and tests). */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }
}
