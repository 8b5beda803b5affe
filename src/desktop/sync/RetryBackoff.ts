/** How long to wait between automatic attempts. */
export interface BackoffPolicy {
  /** The first wait's ceiling (ms). */
  baseMs: number;
  /** No wait is longer than this (ms). */
  maxMs: number;
  /** [0, 1): jitter, so desktops cut off together do not come back in step. */
  random(): number;
}

export const defaultBackoffPolicy: BackoffPolicy = { baseMs: 1_000, maxMs: 60_000, random: Math.random };

/**
 * Exponential backoff with "equal jitter": the n-th consecutive failure waits between half and
 * all of min(max, base·2ⁿ), so the wait grows but never drops to nothing. `reset()` after a success.
 */
export class RetryBackoff {
  private failures = 0;

  constructor(private readonly policy: BackoffPolicy = defaultBackoffPolicy) {}

  /** The wait before the next attempt; counts one more failure. */
  next(): number {
    const { baseMs, maxMs, random } = this.policy;
    // The exponent stops growing once the cap is reached (and 2ⁿ never overflows).
    const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(this.failures, 30));
    this.failures++;
    return Math.round(ceiling / 2 + (ceiling / 2) * random());
  }

  /** Failures since the last success. */
  get attempts(): number {
    return this.failures;
  }

  reset(): void {
    this.failures = 0;
  }
}
