import { OutboundError } from './OutboundError';

export interface RetryPolicy {
  /** Total tries, first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Injected so tests do not wait. */
  sleep?: (ms: number) => Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 10_000 };

/**
 * Runs `work` until it succeeds, fails permanently, or runs out of attempts; waits
 * base·2^n (capped) between tries. Unknown errors count as transient: bounded anyway.
 */
export async function retryWithBackoff<T>(
  work: () => Promise<T>,
  policy: RetryPolicy,
): Promise<{ ok: true; value: T; attempts: number } | { ok: false; error: OutboundError; attempts: number }> {
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return { ok: true, value: await work(), attempts: attempt };
    } catch (caught) {
      const error = caught instanceof OutboundError ? caught : new OutboundError(caught instanceof Error ? caught.message : String(caught), false);
      if (error.permanent || attempt >= policy.attempts) return { ok: false, error, attempts: attempt };
      await sleep(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)));
    }
  }
}
