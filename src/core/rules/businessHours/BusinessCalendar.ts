import { z } from 'zod';

const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'use HH:MM (00:00–24:00)');

/** One open stretch of a day, local wall-clock time; `end` may be 24:00 (midnight after). */
export const openIntervalSchema = z
  .object({ start: clockTime, end: clockTime })
  .refine((i) => i.start < i.end, { message: 'an opening must end after it starts' });
export type OpenInterval = z.infer<typeof openIntervalSchema>;

export const isoWeekdays = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type IsoWeekday = (typeof isoWeekdays)[number];

/**
 * When a team works: open stretches per ISO weekday (1 = Monday … 7 = Sunday; a missing day is
 * closed) in the team's IANA time zone, and local dates it is closed. SLA clocks run only inside.
 */
export const businessCalendarSchema = z.object({
  timeZone: z.string().refine(isTimeZone, 'use an IANA time zone, e.g. Europe/Berlin'),
  week: z.partialRecord(z.enum(isoWeekdays), z.array(openIntervalSchema).max(6)),
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')).max(500).default(() => []),
});
export type BusinessCalendar = z.infer<typeof businessCalendarSchema>;

/** Around the clock, every day, in UTC: what SLA clocks did before business hours existed. */
export const alwaysOpen: BusinessCalendar = {
  timeZone: 'UTC',
  week: Object.fromEntries(isoWeekdays.map((d) => [d, [{ start: '00:00', end: '24:00' }]])),
  holidays: [],
};

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
