import type { StatusTracker } from '../status/StatusTracker';
import { RetryBackoff, defaultBackoffPolicy, type BackoffPolicy } from './RetryBackoff';

/**
 * The one pending automatic attempt of a sync engine: why the last one failed and when the
 * next starts are in the status (`lastError`, `retryAt`) so the header can say so.
 */
export class RetrySchedule {
  private readonly backoff: RetryBackoff;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly status: StatusTracker,
    private readonly now: () => number,
    policy: BackoffPolicy = defaultBackoffPolicy,
  ) {
    this.backoff = new RetryBackoff(policy);
  }

  /** Replaces any pending attempt: `attempt` runs after the next backoff wait. */
  schedule(reason: string, attempt: () => void): void {
    this.cancel();
    const delay = this.backoff.next();
    this.status.set({ lastError: reason, retryAt: this.now() + delay });
    this.timer = setTimeout(() => {
      this.timer = null;
      this.status.set({ retryAt: null });
      attempt();
    }, delay);
  }

  /** Drops the pending attempt (the caller is trying now, or stopping). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.status.set({ retryAt: null });
  }

  /** It worked: the problem is gone and the next failure waits the shortest time again. */
  succeeded(): void {
    this.cancel();
    this.backoff.reset();
    this.status.set({ lastError: null });
  }

  /** The agent asked for the hub now: forget earlier failures' waits. */
  restart(): void {
    this.backoff.reset();
  }
}
