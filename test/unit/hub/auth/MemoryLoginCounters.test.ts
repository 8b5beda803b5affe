import { describe, expect, it } from 'vitest';
import { MemoryLoginCounters } from '../../../../src/hub/auth/limits/MemoryLoginCounters';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const MINUTE = 60_000;
const account = (email: string) => ({ key: `account:${email}`, max: 5, windowMs: 10 * MINUTE });

describe('MemoryLoginCounters', () => {
  it('allows five attempts, refuses the sixth until the window that began at the first has passed', async () => {
    const counters = new MemoryLoginCounters();
    for (let i = 0; i < 5; i++) expect(await counters.reserve([account('ana')], T0 + i * MINUTE)).toEqual({ allowed: true });
    expect(await counters.reserve([account('ana')], T0 + 5 * MINUTE)).toEqual({ allowed: false, key: 'account:ana', retryAfterMs: 5 * MINUTE });
    expect(await counters.reserve([account('ana')], T0 + 10 * MINUTE)).toEqual({ allowed: true });
  });

  it('counts nothing when any counter refuses, and release gives one attempt back', async () => {
    const counters = new MemoryLoginCounters();
    const ip = { key: 'ip:10.0.0.1', max: 2, windowMs: 10 * MINUTE };
    expect((await counters.reserve([account('ana'), ip], T0)).allowed).toBe(true);
    expect((await counters.reserve([account('ben'), ip], T0)).allowed).toBe(true);
    expect(await counters.reserve([account('cy'), ip], T0)).toMatchObject({ allowed: false, key: 'ip:10.0.0.1' });
    await counters.release('ip:10.0.0.1');
    // cy's refused attempt was not counted on cy's own counter either.
    for (let i = 0; i < 5; i++) expect((await counters.reserve([account('cy')], T0)).allowed).toBe(true);
    expect((await counters.reserve([account('dee'), ip], T0)).allowed).toBe(true);
  });

  it('keeps a locked account locked through 10,000 junk emails, and expiry (not eviction) bounds memory', async () => {
    const counters = new MemoryLoginCounters();
    for (let i = 0; i < 5; i++) await counters.reserve([account('real@relay.example')], T0);
    for (let i = 0; i < 10_000; i++) await counters.reserve([account(`junk-${i}@x.example`)], T0 + 1 + i);
    expect((await counters.reserve([account('real@relay.example')], T0 + 10_001)).allowed).toBe(false);
    expect(counters.size).toBe(10_001);
    // One window after the last junk attempt, the next attempt sweeps every expired counter.
    await counters.reserve([account('later')], T0 + 10_001 + 10 * MINUTE);
    expect(counters.size).toBe(1);
  });

  it('clear forgets an account (a successful sign-in)', async () => {
    const counters = new MemoryLoginCounters();
    for (let i = 0; i < 5; i++) await counters.reserve([account('ana')], T0);
    await counters.clear('account:ana');
    expect((await counters.reserve([account('ana')], T0)).allowed).toBe(true);
  });
});
