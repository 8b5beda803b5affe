import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  businessMsBetween,
  detectBreaches,
  lateNextReply,
  slaAlert,
  slaAtRiskAt,
  subtractBusinessMs,
  syncSlaClock,
  type BusinessCalendar,
  type SlaTicket,
} from '../../../../src/core/rules';
import { zonedInstant } from '../../../../src/core/rules/businessHours/zonedTime';

const MIN = 60_000;
const H = 60 * MIN;
const zone = 'Europe/Berlin';
const berlin: BusinessCalendar = {
  timeZone: zone,
  week: Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [{ start: '08:00', end: '18:00' }]])),
  holidays: [],
};
const at = (date: string, time: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return zonedInstant({ year: y, month: m, day: d }, h * 60 + mi, zone);
};
/** High priority, standard tier: 4 h first response, 100 h resolution; this policy sets the next reply to 1 h. */
const policy = [{ priority: 'high' as const, tier: 'standard' as const, firstResponseMinutes: 240, resolutionMinutes: 100 * 60, nextResponseMinutes: 60 }];
const opened = at('2026-12-01', '09:00'); // a Tuesday
const ticket = (over: Partial<SlaTicket> = {}): SlaTicket => ({
  createdAt: opened,
  updatedAt: opened,
  priority: 'high',
  status: 'open',
  firstResponseDueAt: null,
  resolutionDueAt: null,
  firstRespondedAt: null,
  solvedAt: null,
  slaPausedAt: null,
  slaPausedMs: 0,
  ...over,
});
const firstReply = at('2026-12-01', '10:00');

describe('next-reply SLA on the team\'s business hours', () => {
  it('a customer answering Friday 17:55 gets the next reply due Monday 08:55; the agent\'s reply clears it', () => {
    const friday = at('2026-12-04', '17:55');
    const waiting = syncSlaClock(ticket({ updatedAt: friday }), 'standard', policy, firstReply, berlin, { customerWaitingSince: friday });
    expect(waiting).toMatchObject({ nextResponseSince: friday, nextResponseDueAt: at('2026-12-07', '08:55'), nextResponsePausedMs: 0 });
    // Saturday: the next reply is what runs (due before the resolution), at risk with 55 open minutes left.
    expect(slaAlert({ ...waiting, status: 'open' }, at('2026-12-05', '12:00'), H, berlin)).toMatchObject({ level: 'at_risk', kind: 'next_response', remainingMs: 55 * MIN });
    // Idempotent: the same facts give the same clock.
    expect(syncSlaClock({ ...ticket(), ...waiting, updatedAt: friday }, 'standard', policy, firstReply, berlin, { customerWaitingSince: friday })).toEqual(waiting);

    const replied = syncSlaClock({ ...ticket(), ...waiting, updatedAt: friday }, 'standard', policy, firstReply, berlin, { customerWaitingSince: null });
    expect(replied).toMatchObject({ nextResponseSince: null, nextResponseDueAt: null, nextResponsePausedMs: 0 });
    // Answered Monday 08:50: in time. Monday 09:30: late, and reported as a breach of that wait.
    expect(lateNextReply(waiting, replied, at('2026-12-07', '08:50'))).toBeNull();
    expect(lateNextReply(waiting, replied, at('2026-12-07', '09:30'))).toEqual({ dueAt: at('2026-12-07', '08:55'), since: friday });
  });

  it('no next-reply clock before the first agent reply (the first-response clock runs then)', () => {
    const clock = syncSlaClock(ticket(), 'standard', policy, null, berlin, { customerWaitingSince: at('2026-12-01', '09:30') });
    expect(clock).toMatchObject({ nextResponseSince: null, nextResponseDueAt: null });
  });

  it('a pause during the wait pushes the next reply by its open time; a policy from before uses the first-reply target', () => {
    const since = at('2026-12-02', '10:00');
    const waiting = syncSlaClock(ticket({ updatedAt: since }), 'standard', policy, firstReply, berlin, { customerWaitingSince: since });
    expect(waiting.nextResponseDueAt).toBe(at('2026-12-02', '11:00'));
    const pending = syncSlaClock({ ...ticket(), ...waiting, status: 'pending', updatedAt: at('2026-12-02', '10:15') }, 'standard', policy, firstReply, berlin, { customerWaitingSince: since });
    const resumed = syncSlaClock({ ...ticket(), ...pending, status: 'open', updatedAt: at('2026-12-02', '10:45') }, 'standard', policy, firstReply, berlin, { customerWaitingSince: since });
    expect(resumed).toMatchObject({ nextResponsePausedMs: 30 * MIN, nextResponseDueAt: at('2026-12-02', '11:30') });
    // A priority change re-times the wait from the customer's message, keeping the pause.
    const urgent = syncSlaClock({ ...ticket(), ...resumed, priority: 'urgent', updatedAt: at('2026-12-02', '10:50') }, 'standard', policy, firstReply, berlin, { customerWaitingSince: since });
    expect(urgent.nextResponseDueAt).toBe(at('2026-12-02', '11:30')); // urgent default: 1 h, + 30 min paused
    const legacy = [{ ...policy[0]!, nextResponseMinutes: null }];
    expect(syncSlaClock(ticket({ updatedAt: since }), 'standard', legacy, firstReply, berlin, { customerWaitingSince: since }).nextResponseDueAt).toBe(at('2026-12-02', '14:00'));
  });

  it('a waiting next reply past due is a breach, reported once per wait', () => {
    const since = at('2026-12-02', '10:00');
    const waiting = { ...syncSlaClock(ticket({ updatedAt: since }), 'standard', policy, firstReply, berlin, { customerWaitingSince: since }), id: 't1' };
    const now = at('2026-12-02', '12:00');
    const found = detectBreaches([waiting], now, new Set());
    expect(found).toEqual([{ ticketId: 't1', kind: 'next_response', dueAt: at('2026-12-02', '11:00'), since, key: `t1:next_response:${since}` }]);
    expect(detectBreaches([waiting], now, new Set([found[0]!.key]))).toEqual([]);
    // The customer's next wait is another breach.
    const later = at('2026-12-03', '10:00');
    const again = { ...syncSlaClock({ ...ticket(), ...waiting, updatedAt: later }, 'standard', policy, firstReply, berlin, { customerWaitingSince: later }), id: 't1' };
    expect(detectBreaches([again], at('2026-12-03', '12:00'), new Set([found[0]!.key])).map((b) => b.key)).toEqual([`t1:next_response:${later}`]);
  });
});

describe('"at risk" in business time (slaAtRiskAt, what the replica\'s SQL compares)', () => {
  it('near closing time: due Monday 08:30 is at risk from Friday 17:30, though 63 h away in plain time', () => {
    const due = at('2026-12-07', '08:30');
    const clock = { firstResponseDueAt: due, resolutionDueAt: due + 48 * H, firstRespondedAt: null, solvedAt: null, slaPausedAt: null, slaPausedMs: 0 };
    const from = slaAtRiskAt(clock, 'open', H, berlin);
    expect(from).toBe(at('2026-12-04', '17:30') + 1);
    const friday1745 = at('2026-12-04', '17:45');
    // Plain time (the old SQL: due < now + 1 h) said "not at risk" here; the badge says at risk.
    expect(due < friday1745 + H).toBe(false);
    expect(slaAlert({ ...clock, status: 'open' }, friday1745, H, berlin)?.level).toBe('at_risk');
    expect(friday1745 >= from!).toBe(true);
    // Paused or solved: nothing comes at risk.
    expect(slaAtRiskAt({ ...clock, slaPausedAt: friday1745 }, 'pending', H, berlin)).toBeNull();
    expect(slaAtRiskAt(clock, 'solved', H, berlin)).toBeNull();
  });

  it('property: the badge is "at risk" exactly when now ≥ slaAtRiskAt (and not yet due)', () => {
    const monday = at('2026-12-07', '00:00');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 14 * 24 * 60 }), fc.integer({ min: 0, max: 14 * 24 * 60 }), fc.integer({ min: 1, max: 600 }), (dueMin, nowMin, thresholdMin) => {
        const due = monday + dueMin * MIN;
        const now = monday + nowMin * MIN;
        const clock = { firstResponseDueAt: due, resolutionDueAt: due + 100 * H, firstRespondedAt: null, solvedAt: null, slaPausedAt: null, slaPausedMs: 0 };
        const from = slaAtRiskAt(clock, 'open', thresholdMin * MIN, berlin);
        const badge = slaAlert({ ...clock, status: 'open' }, now, thresholdMin * MIN, berlin)?.level === 'at_risk';
        expect(badge).toBe(from !== null && now >= from && due >= now);
      }),
    );
  });

  it('property: subtractBusinessMs is the inverse of the open time up to a due time', () => {
    const monday = at('2026-12-07', '00:00');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 * 24 * 60 }), fc.integer({ min: 0, max: 7 * 24 * 60 }), (toMin, ms) => {
        const to = monday + toMin * MIN;
        const from = subtractBusinessMs(to, ms * MIN, berlin)!;
        expect(businessMsBetween(from, to, berlin)).toBe(ms * MIN);
      }),
    );
  });
});
