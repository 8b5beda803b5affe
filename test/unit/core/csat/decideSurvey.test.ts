import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csatSurveySetting, decideSurvey, defaultCustomerPreferences, type Channel, type SurveyInput } from '../../../../src/core';

const H = 3_600_000;
const DAY = 24 * H;
const solvedAt = Date.UTC(2026, 10, 23, 10, 0);
const timing = { delayMs: 24 * H, cooldownMs: 30 * DAY, validityMs: 28 * DAY };

function input(over: Partial<SurveyInput> = {}): SurveyInput {
  return {
    ticket: { status: 'solved', solvedAt, channel: 'email', mergedIntoId: null },
    timing,
    preferences: defaultCustomerPreferences,
    reachable: new Set<Channel>(['email']),
    lastSurveyAt: null,
    now: solvedAt + 25 * H,
    ...over,
  };
}

describe('decideSurvey', () => {
  it('sends on the ticket channel once due, with the validity from the setting', () => {
    expect(decideSurvey(input())).toEqual({ action: 'send', channel: 'email', expiresAt: solvedAt + 25 * H + 28 * DAY });
  });

  it('waits for solve + delay', () => {
    expect(decideSurvey(input({ now: solvedAt + H }))).toEqual({ action: 'defer', until: solvedAt + 24 * H, why: 'not_due' });
  });

  it('skips when surveys are off, the ticket reopened or was merged away', () => {
    expect(decideSurvey(input({ timing: null }))).toEqual({ action: 'skip', reason: 'disabled' });
    expect(decideSurvey(input({ ticket: { status: 'open', solvedAt: null, channel: 'email', mergedIntoId: null } }))).toEqual({ action: 'skip', reason: 'reopened' });
    expect(decideSurvey(input({ ticket: { status: 'closed', solvedAt, channel: 'email', mergedIntoId: 'x' } }))).toEqual({ action: 'skip', reason: 'merged' });
  });

  it('respects consent and needs an address on the channel; a phone ticket is surveyed by email', () => {
    const noEmail = { ...defaultCustomerPreferences, optIns: { email: false, sms: true, chat: true, social: true } };
    expect(decideSurvey(input({ preferences: noEmail }))).toEqual({ action: 'skip', reason: 'opted_out' });
    expect(decideSurvey(input({ reachable: new Set<Channel>(['sms']) }))).toEqual({ action: 'skip', reason: 'unreachable' });
    expect(decideSurvey(input({ ticket: { status: 'solved', solvedAt, channel: 'phone', mergedIntoId: null } }))).toMatchObject({ action: 'send', channel: 'email' });
    expect(decideSurvey(input({ ticket: { status: 'solved', solvedAt, channel: 'sms', mergedIntoId: null } }))).toEqual({ action: 'skip', reason: 'opted_out' });
  });

  it('sends nothing within the cooldown of the last survey; a cooldown of 0 never holds back', () => {
    const now = solvedAt + 25 * H;
    expect(decideSurvey(input({ lastSurveyAt: now - 29 * DAY }))).toEqual({ action: 'skip', reason: 'cooldown' });
    expect(decideSurvey(input({ lastSurveyAt: now - 31 * DAY }))).toMatchObject({ action: 'send' });
    expect(decideSurvey(input({ lastSurveyAt: now - H, timing: { ...timing, cooldownMs: 0 } }))).toMatchObject({ action: 'send' });
  });

  it('defers through quiet hours to their end', () => {
    // 11:00 UTC on the due day, quiet 09:00–17:00 UTC.
    const quiet = { ...defaultCustomerPreferences, quietHours: { start: '09:00', end: '17:00', timeZone: 'UTC' } };
    expect(decideSurvey(input({ preferences: quiet }))).toEqual({ action: 'defer', until: Date.UTC(2026, 10, 24, 17, 0), why: 'quiet_hours' });
  });

  it('never sends before solve + delay, never to a ticket not solved, never within the cooldown (any input)', () => {
    const status = fc.constantFrom('new', 'open', 'pending', 'on_hold', 'solved', 'closed' as const);
    fc.assert(
      fc.property(status, fc.integer({ min: 0, max: 60 * DAY }), fc.integer({ min: 0, max: 72 }), fc.option(fc.integer({ min: 0, max: 90 * DAY })), (st, after, delayH, lastAgo) => {
        const now = solvedAt + after;
        const t = { ...timing, delayMs: delayH * H };
        const d = decideSurvey(input({ ticket: { status: st, solvedAt, channel: 'email', mergedIntoId: null }, timing: t, now, lastSurveyAt: lastAgo === null ? null : now - lastAgo }));
        if (d.action !== 'send') return;
        expect(['solved', 'closed']).toContain(st);
        expect(now).toBeGreaterThanOrEqual(solvedAt + t.delayMs);
        if (lastAgo !== null) expect(lastAgo).toBeGreaterThanOrEqual(t.cooldownMs);
      }),
    );
  });
});

describe('csatSurveySetting', () => {
  it('is off without an enabled csat.survey automation and fills left-out keys with the defaults', () => {
    const row = (enabled: boolean, config: Record<string, unknown>) => ({ trigger: 'csat.survey', enabled, config });
    expect(csatSurveySetting.timing([])).toBeNull();
    expect(csatSurveySetting.timing([row(false, {})])).toBeNull();
    expect(csatSurveySetting.timing([row(true, {})])).toEqual({ delayMs: 24 * H, cooldownMs: 30 * DAY, validityMs: 28 * DAY });
    expect(csatSurveySetting.timing([row(true, { delayHours: 2, validityDays: 7 })])).toEqual({ delayMs: 2 * H, cooldownMs: 30 * DAY, validityMs: 7 * DAY });
    expect(csatSurveySetting.timing([row(true, { delayHours: -1 })])).toBeNull();
  });
});
