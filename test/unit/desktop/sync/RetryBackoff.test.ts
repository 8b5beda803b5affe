import { describe, expect, it } from 'vitest';
import { RetryBackoff, defaultBackoffPolicy } from '../../../../src/desktop/sync/RetryBackoff';

describe('RetryBackoff', () => {
  it('doubles the wait from 1 s up to the 60 s cap, jittered between half and all of it', () => {
    const low = new RetryBackoff({ ...defaultBackoffPolicy, random: () => 0 });
    const high = new RetryBackoff({ ...defaultBackoffPolicy, random: () => 0.999_999 });
    const lows = Array.from({ length: 9 }, () => low.next());
    const highs = Array.from({ length: 9 }, () => high.next());
    expect(lows).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(highs).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('never overflows after very many failures', () => {
    const backoff = new RetryBackoff({ baseMs: 1_000, maxMs: 60_000, random: () => 0.5 });
    for (let i = 0; i < 5_000; i++) backoff.next();
    expect(backoff.next()).toBe(45_000);
    expect(backoff.attempts).toBe(5_001);
  });

  it('starts from the shortest wait again after a success', () => {
    const backoff = new RetryBackoff({ baseMs: 200, maxMs: 10_000, random: () => 0.5 });
    expect([backoff.next(), backoff.next(), backoff.next()]).toEqual([150, 300, 600]);
    backoff.reset();
    expect(backoff.attempts).toBe(0);
    expect(backoff.next()).toBe(150);
  });
});
