import { describe, expect, it } from 'vitest';
import {
  applyStatusChange,
  computeDueTimes,
  detectBreaches,
  recordFirstResponse,
  resolveSlaTarget,
  sameSlaClock,
  slaRemaining,
  syncSlaClock,
  type SlaClock,
  type SlaTicket,
} from '../../../../src/core/rules';

const H = 3_600_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0);
const clock = (over: Partial<SlaClock> = {}): SlaClock => ({
  firstResponseDueAt: T0 + 8 * H,
  resolutionDueAt: T0 + 72 * H,
  firstRespondedAt: null,
  solvedAt: null,
  slaPausedAt: null,
  slaPausedMs: 0,
  ...over,
});

describe('SLA targets', () => {
  const cases = [
    ['urgent', 'standard', 1, 8],
    ['high', 'standard', 4, 24],
    ['normal', 'standard', 8, 72],
    ['low', 'standard', 24, 120],
    ['normal', 'gold', 6, 54],
    ['normal', 'platinum', 4, 36],
    ['urgent', 'platinum', 0.5, 4],
  ] as const;
  it.each(cases)('defaults: %s / %s → %s h, %s h (next reply as fast as the first)', (priority, tier, fr, res) => {
    expect(resolveSlaTarget([], priority, tier)).toEqual({ firstResponseMs: fr * H, resolutionMs: res * H, nextResponseMs: fr * H });
  });

  it('a policy row for the exact tier beats one for any tier, which beats the defaults', () => {
    const policy = [
      { priority: 'high' as const, tier: null, firstResponseMinutes: 120, resolutionMinutes: 600 },
      { priority: 'high' as const, tier: 'gold' as const, firstResponseMinutes: 30, resolutionMinutes: 300, nextResponseMinutes: 90 },
    ];
    expect(resolveSlaTarget(policy, 'high', 'gold')).toEqual({ firstResponseMs: 0.5 * H, resolutionMs: 5 * H, nextResponseMs: 1.5 * H });
    // A policy from before next-reply targets (none set): the next reply is due as fast as the first.
    expect(resolveSlaTarget(policy, 'high', 'standard')).toEqual({ firstResponseMs: 2 * H, resolutionMs: 10 * H, nextResponseMs: 2 * H });
    expect(resolveSlaTarget(policy, 'low', 'standard')).toEqual({ firstResponseMs: 24 * H, resolutionMs: 120 * H, nextResponseMs: 24 * H });
  });

  it('computeDueTimes adds past pauses and keeps a met first response due time', () => {
    expect(computeDueTimes({ createdAt: T0, priority: 'high', customerTier: 'standard' })).toEqual({
      firstResponseDueAt: T0 + 4 * H,
      resolutionDueAt: T0 + 24 * H,
    });
    const recomputed = computeDueTimes({
      createdAt: T0,
      priority: 'urgent',
      customerTier: 'standard',
      clock: { firstRespondedAt: T0 + H, firstResponseDueAt: T0 + 8 * H, slaPausedMs: 2 * H },
    });
    expect(recomputed).toEqual({ firstResponseDueAt: T0 + 8 * H, resolutionDueAt: T0 + 10 * H });
  });
});

describe('applyStatusChange', () => {
  it('pending pauses; reopening extends both unmet due times by the pause', () => {
    const paused = applyStatusChange(clock(), 'open', 'pending', T0 + H);
    expect(paused).toMatchObject({ slaPausedAt: T0 + H, slaPausedMs: 0, firstResponseDueAt: T0 + 8 * H });
    const resumed = applyStatusChange(paused, 'pending', 'open', T0 + 4 * H);
    expect(resumed).toEqual(clock({ slaPausedMs: 3 * H, firstResponseDueAt: T0 + 11 * H, resolutionDueAt: T0 + 75 * H }));
  });

  it('on_hold → pending keeps one running pause', () => {
    const a = applyStatusChange(clock(), 'open', 'on_hold', T0 + H);
    const b = applyStatusChange(a, 'on_hold', 'pending', T0 + 2 * H);
    expect(b.slaPausedAt).toBe(T0 + H);
    expect(applyStatusChange(b, 'pending', 'open', T0 + 5 * H).slaPausedMs).toBe(4 * H);
  });

  it('a met first response is not moved by a pause', () => {
    const responded = recordFirstResponse(clock(), T0 + H);
    const resumed = applyStatusChange(applyStatusChange(responded, 'open', 'pending', T0 + 2 * H), 'pending', 'open', T0 + 3 * H);
    expect(resumed.firstResponseDueAt).toBe(T0 + 8 * H);
    expect(resumed.resolutionDueAt).toBe(T0 + 73 * H);
  });

  it('solving stamps solvedAt and stops the clock; reopening clears it and resumes', () => {
    const solved = applyStatusChange(clock(), 'open', 'solved', T0 + 10 * H);
    expect(solved).toMatchObject({ solvedAt: T0 + 10 * H, slaPausedAt: T0 + 10 * H });
    const reopened = applyStatusChange(solved, 'solved', 'open', T0 + 12 * H);
    expect(reopened).toMatchObject({ solvedAt: null, slaPausedAt: null, slaPausedMs: 2 * H, resolutionDueAt: T0 + 74 * H });
  });

  it('open → new (not paused) changes nothing', () => {
    expect(applyStatusChange(clock(), 'new', 'open', T0 + H)).toEqual(clock());
  });

  it('recordFirstResponse keeps the first one', () => {
    expect(recordFirstResponse(recordFirstResponse(clock(), T0 + H), T0 + 2 * H).firstRespondedAt).toBe(T0 + H);
  });
});

describe('detectBreaches', () => {
  const t = (id: string, over: Partial<SlaClock>) => ({ id, ...clock(over) });
  it('reports each overdue target once', () => {
    const tickets = [t('a', {}), t('b', { firstRespondedAt: T0 + H })];
    const at = T0 + 9 * H;
    expect(detectBreaches(tickets, at, new Set()).map((b) => b.key)).toEqual(['a:first_response']);
    expect(detectBreaches(tickets, at, new Set(['a:first_response']))).toEqual([]);
  });
  it('a late first response or late solve is a breach', () => {
    const tickets = [t('a', { firstRespondedAt: T0 + 9 * H, solvedAt: T0 + 80 * H })];
    expect(detectBreaches(tickets, T0 + 100 * H, new Set()).map((b) => b.kind)).toEqual(['first_response', 'resolution']);
  });
  it('a clock paused before the due time is not breached; paused after it is', () => {
    expect(detectBreaches([t('a', { slaPausedAt: T0 + 7 * H })], T0 + 9 * H, new Set())).toEqual([]);
    expect(detectBreaches([t('a', { slaPausedAt: T0 + 8.5 * H })], T0 + 9 * H, new Set()).map((b) => b.kind)).toEqual(['first_response']);
  });
  it('tickets without due times never breach', () => {
    expect(detectBreaches([t('a', { firstResponseDueAt: null, resolutionDueAt: null })], T0 + 1000 * H, new Set())).toEqual([]);
  });
});

describe('slaRemaining', () => {
  const cases: Array<[string, Partial<SlaClock>, number, { state: string; remainingMs: number | null }]> = [
    ['running', {}, T0 + 2 * H, { state: 'running', remainingMs: 6 * H }],
    ['overdue', {}, T0 + 9 * H, { state: 'breached', remainingMs: -H }],
    ['paused: due moves with the pause', { slaPausedAt: T0 + 2 * H }, T0 + 5 * H, { state: 'paused', remainingMs: 6 * H }],
    ['met in time', { firstRespondedAt: T0 + H }, T0 + 50 * H, { state: 'met', remainingMs: null }],
    ['met late', { firstRespondedAt: T0 + 9 * H }, T0 + 50 * H, { state: 'breached', remainingMs: null }],
    ['no target', { firstResponseDueAt: null }, T0, { state: 'none', remainingMs: null }],
  ];
  it.each(cases)('first response %s', (_name, over, now, expected) => {
    expect(slaRemaining(clock(over), now).firstResponse).toMatchObject(expected);
  });
  it('paused shows the extended due time', () => {
    expect(slaRemaining(clock({ slaPausedAt: T0 + 2 * H }), T0 + 5 * H).resolution.dueAt).toBe(T0 + 75 * H);
  });
});

describe('syncSlaClock (derived from state, idempotent)', () => {
  const ticket = (over: Partial<SlaTicket> = {}): SlaTicket => ({
    createdAt: T0,
    updatedAt: T0,
    priority: 'normal',
    status: 'new',
    firstResponseDueAt: null,
    resolutionDueAt: null,
    firstRespondedAt: null,
    solvedAt: null,
    slaPausedAt: null,
    slaPausedMs: 0,
    ...over,
  });

  it('a new ticket gets due times by priority × tier', () => {
    expect(syncSlaClock(ticket(), 'gold', [], null)).toMatchObject({ firstResponseDueAt: T0 + 6 * H, resolutionDueAt: T0 + 54 * H });
  });

  it('running it again changes nothing', () => {
    const once = syncSlaClock(ticket(), 'standard', [], null);
    const twice = syncSlaClock(ticket({ ...once, status: 'open', updatedAt: T0 + H }), 'standard', [], null);
    expect(sameSlaClock(once, twice)).toBe(true);
  });

  it('pending at T+1h, open at T+3h: due times move 2 h later', () => {
    const start = syncSlaClock(ticket(), 'standard', [], null);
    const paused = syncSlaClock(ticket({ ...start, status: 'pending', updatedAt: T0 + H }), 'standard', [], null);
    expect(paused.slaPausedAt).toBe(T0 + H);
    const resumed = syncSlaClock(ticket({ ...paused, status: 'open', updatedAt: T0 + 3 * H }), 'standard', [], null);
    expect(resumed).toMatchObject({ slaPausedAt: null, slaPausedMs: 2 * H, firstResponseDueAt: T0 + 10 * H, resolutionDueAt: T0 + 74 * H });
  });

  it('a priority change recomputes from creation, keeping pauses', () => {
    const clockNow = { ...syncSlaClock(ticket(), 'standard', [], null), slaPausedMs: H };
    const urgent = syncSlaClock(ticket({ ...clockNow, priority: 'urgent', status: 'open' }), 'standard', [], null);
    expect(urgent).toMatchObject({ firstResponseDueAt: T0 + 2 * H, resolutionDueAt: T0 + 9 * H });
  });

  it('records the first agent reply and solving', () => {
    const start = syncSlaClock(ticket(), 'standard', [], null);
    const solved = syncSlaClock(ticket({ ...start, status: 'solved', updatedAt: T0 + 5 * H }), 'standard', [], T0 + 2 * H);
    expect(solved).toMatchObject({ firstRespondedAt: T0 + 2 * H, solvedAt: T0 + 5 * H });
    const reopened = syncSlaClock(ticket({ ...solved, status: 'open', updatedAt: T0 + 6 * H }), 'standard', [], T0 + 2 * H);
    expect(reopened).toMatchObject({ solvedAt: null, slaPausedMs: H, firstResponseDueAt: T0 + 8 * H, resolutionDueAt: T0 + 73 * H });
  });
});
