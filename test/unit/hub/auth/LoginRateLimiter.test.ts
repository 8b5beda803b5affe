import { describe, expect, it } from 'vitest';
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS, LoginRateLimiter } from '../../../../src/hub/auth/LoginRateLimiter';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const MINUTE = 60_000;

describe('LoginRateLimiter', () => {
  it('allows four failures, refuses after the fifth until the oldest leaves the 10-minute window', () => {
    const limiter = new LoginRateLimiter();
    for (let i = 0; i < LOGIN_MAX_FAILURES - 1; i++) limiter.recordFailure('ana@relay.example', T0 + i * MINUTE);
    expect(limiter.check('ana@relay.example', T0 + 4 * MINUTE)).toEqual({ allowed: true });
    limiter.recordFailure('ana@relay.example', T0 + 4 * MINUTE);
    expect(limiter.check('ana@relay.example', T0 + 4 * MINUTE)).toEqual({ allowed: false, retryAfterSeconds: 6 * 60 });
    // One second before the first failure is 10 minutes old: still locked, 1 s to go.
    expect(limiter.check('ana@relay.example', T0 + LOGIN_WINDOW_MS - 1000)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.check('ana@relay.example', T0 + LOGIN_WINDOW_MS)).toEqual({ allowed: true });
  });

  it('counts per email, case-insensitively, and a success clears the count', () => {
    const limiter = new LoginRateLimiter();
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) limiter.recordFailure(i % 2 ? 'Ana@Relay.example' : ' ana@relay.example', T0 + i);
    expect(limiter.check('ANA@relay.example', T0 + 10).allowed).toBe(false);
    expect(limiter.check('ben@relay.example', T0 + 10).allowed).toBe(true);
    limiter.reset('ana@relay.example');
    expect(limiter.check('ana@relay.example', T0 + 10).allowed).toBe(true);
  });

  it('forgets failures older than the window', () => {
    const limiter = new LoginRateLimiter();
    for (let i = 0; i < 4; i++) limiter.recordFailure('ana@relay.example', T0 + i);
    limiter.recordFailure('ana@relay.example', T0 + LOGIN_WINDOW_MS + 1);
    expect(limiter.check('ana@relay.example', T0 + LOGIN_WINDOW_MS + 2).allowed).toBe(true);
  });
});
