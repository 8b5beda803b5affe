import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alwaysOpen, businessCalendarSchema, type BusinessCalendar } from '../../../../src/core/rules/businessHours/BusinessCalendar';
import { addBusinessMs, businessMsBetween } from '../../../../src/core/rules/businessHours/businessTime';
import { zonedInstant } from '../../../../src/core/rules/businessHours/zonedTime';

const MIN = 60_000;
const HOUR = 60 * MIN;
const weekdays = (start: string, end: string) => Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [{ start, end }]]));
const desk = (timeZone: string, holidays: string[] = []): BusinessCalendar => ({ timeZone, week: weekdays('08:00', '18:00'), holidays });
const everyDay = (timeZone: string): BusinessCalendar => ({ ...alwaysOpen, timeZone });
const at = (date: string, time: string, zone: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return zonedInstant({ year: y, month: m, day: d }, h * 60 + mi, zone);
};

describe('business hours: SLA time counts only while the team works', () => {
  it('a ticket opened Friday 17:55 with a one-hour target is due Monday 08:55, in the team\'s zone', () => {
    const berlin = desk('Europe/Berlin');
    const friday = at('2026-12-04', '17:55', 'Europe/Berlin');
    expect(new Date(friday).toISOString()).toBe('2026-12-04T16:55:00.000Z');
    expect(addBusinessMs(friday, HOUR, berlin)).toBe(at('2026-12-07', '08:55', 'Europe/Berlin'));
    expect(businessMsBetween(friday, at('2026-12-07', '08:55', 'Europe/Berlin'), berlin)).toBe(HOUR);
    // The same desk in New York counts New York's hours.
    expect(addBusinessMs(at('2026-12-04', '17:55', 'America/New_York'), HOUR, desk('America/New_York'))).toBe(at('2026-12-07', '08:55', 'America/New_York'));
  });

  it('skips holidays and waits for the opening when a ticket arrives at night', () => {
    const berlin = desk('Europe/Berlin', ['2026-12-24', '2026-12-25']);
    const wednesdayNight = at('2026-12-23', '22:10', 'Europe/Berlin');
    expect(addBusinessMs(wednesdayNight, 30 * MIN, berlin)).toBe(at('2026-12-28', '08:30', 'Europe/Berlin'));
    expect(businessMsBetween(wednesdayNight, at('2026-12-28', '09:00', 'Europe/Berlin'), berlin)).toBe(HOUR);
  });

  it('spring forward: the day of the change has 23 hours, a desk day stays 10 hours', () => {
    for (const [zone, day, next] of [
      ['Europe/Berlin', '2027-03-28', '2027-03-29'],
      ['America/New_York', '2027-03-14', '2027-03-15'],
    ] as const) {
      expect(businessMsBetween(at(day, '00:00', zone), at(next, '00:00', zone), everyDay(zone))).toBe(23 * HOUR);
      const open: BusinessCalendar = { timeZone: zone, week: { '7': [{ start: '08:00', end: '18:00' }], '1': [{ start: '08:00', end: '18:00' }] }, holidays: [] };
      expect(businessMsBetween(at(day, '00:00', zone), at(next, '00:00', zone), open)).toBe(10 * HOUR);
      // A 12-hour clock started Sunday 07:00 local: 10 h on Sunday, then 2 h on Monday.
      expect(addBusinessMs(at(day, '07:00', zone), 12 * HOUR, open)).toBe(at(next, '10:00', zone));
    }
  });

  it('fall back: the day of the change has 25 hours; the desk still opens at 08:00 local', () => {
    for (const [zone, day, next] of [
      ['Europe/Berlin', '2026-10-25', '2026-10-26'],
      ['America/New_York', '2026-11-01', '2026-11-02'],
    ] as const) {
      expect(businessMsBetween(at(day, '00:00', zone), at(next, '00:00', zone), everyDay(zone))).toBe(25 * HOUR);
      // Saturday 17:00 before the change → Monday 09:00 after it, with a 2-hour target on a weekday desk.
      const saturday = at(day, '17:00', zone) - 24 * HOUR - HOUR;
      expect(addBusinessMs(saturday, 2 * HOUR, desk(zone))).toBe(at(next, '10:00', zone));
    }
  });

  it('round-trips: the open time up to a due time is the target, in any zone and week (property)', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'America/Sao_Paulo'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.integer({ min: 0, max: 80 * HOUR }),
        fc.boolean(),
        (zone, from, target, weekdaysOnly) => {
          const calendar = weekdaysOnly ? desk(zone) : everyDay(zone);
          const due = addBusinessMs(from, target, calendar);
          expect(due).not.toBeNull();
          expect(due!).toBeGreaterThanOrEqual(from + target);
          expect(businessMsBetween(from, due!, calendar)).toBe(target);
          if (!weekdaysOnly) expect(due).toBe(from + target);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a calendar that never opens gives no due time; bad calendars are refused with a reason', () => {
    expect(addBusinessMs(Date.UTC(2026, 11, 7), HOUR, { timeZone: 'UTC', week: {}, holidays: [] })).toBeNull();
    const bad = businessCalendarSchema.safeParse({ timeZone: 'Mars/Olympus', week: { '1': [{ start: '18:00', end: '08:00' }] }, holidays: ['24.12.2026'] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message).sort()).toEqual(['an opening must end after it starts', 'use YYYY-MM-DD', 'use an IANA time zone, e.g. Europe/Berlin'].sort());
  });
});
