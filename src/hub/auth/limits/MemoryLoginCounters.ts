import type { CounterLimit, LoginCounters, Reservation } from './LoginCounters';

/** How often, at most, expired counters are swept out (a full scan, so not on every attempt). */
const SWEEP_EVERY_MS = 30_000;

/**
 * Counters of one hub node (no Redis): a Map of count + expiry. Expired counters are swept on
 * use, so memory is bounded by the attempts of one window; a live counter is never evicted,
 * however many junk emails arrive (each of which the per-IP counter limits anyway).
 */
export class MemoryLoginCounters implements LoginCounters {
  private readonly counters = new Map<string, { count: number; expiresAt: number }>();
  private lastSweep = 0;

  reserve(limits: readonly CounterLimit[], now: number): Promise<Reservation> {
    this.sweep(now);
    // Synchronous check-then-count: nothing can interleave, so parallel attempts cannot overshoot.
    for (const limit of limits) {
      const counter = this.live(limit.key, now);
      if (counter && counter.count >= limit.max) {
        return Promise.resolve({ allowed: false, key: limit.key, retryAfterMs: counter.expiresAt - now });
      }
    }
    for (const limit of limits) {
      const counter = this.live(limit.key, now);
      if (counter) counter.count += 1;
      else this.counters.set(limit.key, { count: 1, expiresAt: now + limit.windowMs });
    }
    return Promise.resolve({ allowed: true });
  }

  release(key: string): Promise<void> {
    const counter = this.counters.get(key);
    if (counter && counter.count > 0) counter.count -= 1;
    return Promise.resolve();
  }

  clear(key: string): Promise<void> {
    this.counters.delete(key);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.counters.clear();
    return Promise.resolve();
  }

  /** How many counters are held (tests check that expiry bounds it). */
  get size(): number {
    return this.counters.size;
  }

  private live(key: string, now: number): { count: number; expiresAt: number } | undefined {
    const counter = this.counters.get(key);
    if (counter && counter.expiresAt <= now) {
      this.counters.delete(key);
      return undefined;
    }
    return counter;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    for (const [key, counter] of this.counters) if (counter.expiresAt <= now) this.counters.delete(key);
  }
}
