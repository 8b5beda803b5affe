import type { WebhookSource } from './webhookSources';

/** What a delivery's job runs: the work `prepare` made of the body. */
export type PreparedRun = () => Promise<Record<string, unknown>>;

/** Deliveries kept prepared at once (count, and bodies' bytes summed); the oldest go first, their jobs prepare again. */
const MAX_ENTRIES = 256;
const MAX_BYTES = 16 * 1024 * 1024;

/**
 * Deliveries this node validated and answered, with the work `prepare` made of them, until their
 * job runs: when the job lands on the node that answered (the usual case) it takes the work from
 * here instead of validating the stored body a second time. Another node, or this one after a
 * restart or once the entry was evicted, prepares from the stored body as before.
 */
export class PreparedDeliveries {
  private readonly entries = new Map<string, { run: PreparedRun; bytes: number }>();
  private bytes = 0;

  keep(source: WebhookSource, deliveryId: string, run: PreparedRun, bytes: number): void {
    if (bytes > MAX_BYTES) return;
    this.take(source, deliveryId);
    this.entries.set(key(source, deliveryId), { run, bytes });
    this.bytes += bytes;
    for (const [k, entry] of this.entries) {
      if (this.bytes <= MAX_BYTES && this.entries.size <= MAX_ENTRIES) break;
      this.entries.delete(k);
      this.bytes -= entry.bytes;
    }
  }

  /** The kept work, removed: a job runs it once. */
  take(source: WebhookSource, deliveryId: string): PreparedRun | undefined {
    const k = key(source, deliveryId);
    const entry = this.entries.get(k);
    if (!entry) return undefined;
    this.entries.delete(k);
    this.bytes -= entry.bytes;
    return entry.run;
  }
}

function key(source: WebhookSource, deliveryId: string): string {
  return `${source}\n${deliveryId}`;
}
