/** One counter to reserve against: its key, how many attempts it allows, over what window. */
export interface CounterLimit {
  key: string;
  max: number;
  windowMs: number;
}

export type Reservation = { allowed: true } | { allowed: false; key: string; retryAfterMs: number };

/**
 * Sign-in attempt counters shared by every hub node (Redis) or kept by this one (memory). A
 * counter's window starts at its first attempt and the counter expires with it: memory stays
 * bounded by expiry, never by evicting live counters.
 */
export interface LoginCounters {
  /**
   * Atomically: when every counter is below its max, count one attempt on each and allow;
   * otherwise count nothing and say which counter refused and for how long.
   */
  reserve(limits: readonly CounterLimit[], now: number): Promise<Reservation>;
  /** Gives back one reserved attempt (the attempt turned out not to be a failed password check). */
  release(key: string): Promise<void>;
  /** Forgets a counter (a successful sign-in clears the account's failures). */
  clear(key: string): Promise<void>;
  close(): Promise<void>;
}
