import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { defaultPeriod, periodInput, presetPeriod } from '../../../../src/renderer/dashboard/dashboardPeriod';
import { formatMetric } from '../../../../src/renderer/dashboard/formatMetric';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('dashboard formatting and periods', () => {
  it('writes durations as a lead reads them, long and compact', () => {
    expect(formatMetric.duration(45 * MIN)).toBe('45 min');
    expect(formatMetric.duration(3 * HOUR + 49 * MIN)).toBe('3 h 49 min');
    expect(formatMetric.duration(50 * HOUR + 10 * MIN)).toBe('2 d 2 h');
    expect(formatMetric.shortDuration(3 * HOUR + 49 * MIN)).toBe('3h 49m');
    expect(formatMetric.shortDuration(9 * HOUR)).toBe('9h');
    expect(formatMetric.duration(null)).toBe('–');
    expect(formatMetric.percent(1, 30)).toBe('3.3%');
    expect(formatMetric.percent(2, 3)).toBe('67%');
    expect(formatMetric.percent(0, 0)).toBe('–');
  });

  it('opens on the last 30 days, or on the 30 days up to old data', () => {
    const today = dayjs('2026-12-01T10:00:00');
    expect(presetPeriod('7', today)).toEqual({ preset: '7', start: '2026-11-25', end: '2026-12-01' });
    expect(defaultPeriod(today.subtract(2, 'day').valueOf(), today)).toEqual({ preset: '30', start: '2026-11-02', end: '2026-12-01' });
    expect(defaultPeriod(dayjs('2026-11-18T08:00:00').valueOf(), today)).toEqual({ preset: 'custom', start: '2026-10-20', end: '2026-11-18' });
    expect(defaultPeriod(null, today).preset).toBe('30');
    // Whole local days, the end day included.
    const input = periodInput({ preset: 'custom', start: '2026-11-02', end: '2026-11-03' });
    expect(input.to - input.from).toBe(2 * 24 * HOUR);
    expect(input.from).toBe(dayjs('2026-11-02T00:00:00').valueOf());
  });
});
