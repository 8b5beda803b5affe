import type { BusinessCalendar } from '../../core';
import type { DemoTeamKey } from './demoPeople';

const weekdays = (stretches: BusinessCalendar['week'][keyof BusinessCalendar['week']]) =>
  Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, stretches])) as BusinessCalendar['week'];

/**
 * The demo teams' hours: parcel support in Berlin, the freight desk in New York (with a Saturday
 * morning), customs in London with a lunch break; each with its public holidays for 2026–2027.
 */
export const demoTeamCalendars: Record<DemoTeamKey, BusinessCalendar> = {
  parcel: {
    timeZone: 'Europe/Berlin',
    week: weekdays([{ start: '08:00', end: '18:00' }]),
    holidays: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-10-03', '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31',
      '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-10-03', '2027-12-24', '2027-12-25', '2027-12-26', '2027-12-31'],
  },
  freight: {
    timeZone: 'America/New_York',
    week: { ...weekdays([{ start: '07:00', end: '19:00' }]), '6': [{ start: '09:00', end: '13:00' }] },
    holidays: ['2026-01-01', '2026-05-25', '2026-07-03', '2026-09-07', '2026-11-26', '2026-12-25',
      '2027-01-01', '2027-05-31', '2027-07-05', '2027-09-06', '2027-11-25', '2027-12-24'],
  },
  customs: {
    timeZone: 'Europe/London',
    week: weekdays([{ start: '09:00', end: '12:30' }, { start: '13:30', end: '17:30' }]),
    holidays: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
      '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
  },
};
