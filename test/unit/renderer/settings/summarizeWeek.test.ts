import { describe, expect, it } from 'vitest';
import { formatOpening } from '../../../../src/renderer/app/formatOpening';
import { summarizeWeek } from '../../../../src/renderer/settings/teams/summarizeWeek';
import { demoTeamCalendars } from '../../../../src/hub/seed/demoTeamCalendars';

describe('how the Teams page and the SLA badge word business hours', () => {
  it('groups consecutive days with the same hours, keeps split days and lone days apart', () => {
    expect(summarizeWeek(demoTeamCalendars.parcel.week)).toBe('Mon–Fri 08:00–18:00');
    expect(summarizeWeek(demoTeamCalendars.freight.week)).toBe('Mon–Fri 07:00–19:00 · Sat 09:00–13:00');
    expect(summarizeWeek(demoTeamCalendars.customs.week)).toBe('Mon–Fri 09:00–12:30, 13:30–17:30');
    expect(summarizeWeek({ '1': [{ start: '08:00', end: '12:00' }], '3': [{ start: '08:00', end: '12:00' }] })).toBe('Mon 08:00–12:00 · Wed 08:00–12:00');
    expect(summarizeWeek({})).toBe('Closed every day');
  });

  it("names the opening on the team's own wall clock, whatever the viewer's zone", () => {
    // Monday 7 Dec 2026 07:00 UTC is 08:00 in Berlin and 02:00 in New York.
    const at = Date.UTC(2026, 11, 7, 7, 0);
    expect(formatOpening(at, 'Europe/Berlin')).toBe('Mon 08:00');
    expect(formatOpening(at, 'America/New_York')).toBe('Mon 02:00');
  });
});
