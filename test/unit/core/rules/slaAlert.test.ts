import { describe, expect, it } from 'vitest';
import { computeDueTimes, slaAlert, slaAtRiskSetting, type SlaClock } from '../../../../src/core';

const H = 3_600_000;
const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0);

/** A ticket created at T0 with the clock core computes at creation (high priority, standard tier: 4 h / 24 h). */
const created = (over: Partial<SlaClock> = {}) => ({
  ...computeDueTimes({ createdAt: T0, priority: 'high', customerTier: 'standard' }),
  firstRespondedAt: null,
  solvedAt: null,
  slaPausedAt: null,
  slaPausedMs: 0,
  status: 'open' as const,
  ...over,
});

describe('slaAlert: breached and at risk by time alone', () => {
  it('a fresh ticket is quiet, at risk once the first response is due within the threshold, breached after', () => {
    const t = created();
    expect(t.firstResponseDueAt).toBe(T0 + 4 * H);
    expect(slaAlert(t, T0 + H, H)).toBeNull();
    expect(slaAlert(t, T0 + 3 * H + MIN, H)).toEqual({ level: 'at_risk', kind: 'first_response', dueAt: T0 + 4 * H, remainingMs: H - MIN, opensAt: null });
    expect(slaAlert(t, T0 + 5 * H, H)).toEqual({ level: 'breached', kind: 'first_response', dueAt: T0 + 4 * H, remainingMs: -H, opensAt: null });
  });

  it('the threshold decides what "at risk" means: 2 h flags what 1 h does not', () => {
    const t = created();
    expect(slaAlert(t, T0 + 2.5 * H, H)).toBeNull();
    expect(slaAlert(t, T0 + 2.5 * H, 2 * H)?.level).toBe('at_risk');
  });

  it('after the first response the resolution target runs; a paused clock is never at risk; solved needs nothing', () => {
    const answered = created({ firstRespondedAt: T0 + H });
    expect(slaAlert(answered, T0 + 23.5 * H, H)).toMatchObject({ level: 'at_risk', kind: 'resolution' });
    expect(slaAlert({ ...answered, status: 'pending', slaPausedAt: T0 + 20 * H }, T0 + 23.5 * H, H)).toBeNull();
    expect(slaAlert({ ...answered, status: 'solved', solvedAt: T0 + 30 * H }, T0 + 40 * H, H)).toBeNull();
  });
});

describe('slaAtRiskSetting: the threshold a lead sets', () => {
  const row = (config: Record<string, unknown>, enabled = true) => ({ trigger: 'sla.at_risk', enabled, config });
  it('defaults to one hour; an enabled sla.at_risk automation sets it; a disabled or broken one falls back', () => {
    expect(slaAtRiskSetting.withinMs([])).toBe(H);
    expect(slaAtRiskSetting.withinMs([{ trigger: 'exception.opened', enabled: true, config: { withinMinutes: 5 } }, row({ withinMinutes: 120 })])).toBe(2 * H);
    expect(slaAtRiskSetting.withinMs([row({ withinMinutes: 120 }, false)])).toBe(H);
    expect(slaAtRiskSetting.withinMs([row({ withinMinutes: -3 })])).toBe(H);
    expect(slaAtRiskSetting.configSchema.safeParse({ withinMinutes: 0 }).success).toBe(false);
  });
});
