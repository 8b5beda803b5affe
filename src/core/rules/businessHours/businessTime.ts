import type { BusinessCalendar, IsoWeekday } from './BusinessCalendar';
import { isoDateString, isoWeekdayOf, localDateOf, nextDate, zonedInstant, type LocalDate } from './zonedTime';

/** A calendar with no open hour would never end a search; after this many days it is given up. */
const searchDays = 3_660;

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The open stretches of one local day as instants [start, end), in order; none on a holiday. */
function openStretches(calendar: BusinessCalendar, date: LocalDate): [number, number][] {
  if (calendar.holidays.includes(isoDateString(date))) return [];
  const intervals = calendar.week[String(isoWeekdayOf(date)) as IsoWeekday] ?? [];
  return intervals
    .map((i): [number, number] => [zonedInstant(date, minutesOf(i.start), calendar.timeZone), zonedInstant(date, minutesOf(i.end), calendar.timeZone)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
}

/** Open time (ms) between two instants: what an SLA clock on this calendar counts. */
export function businessMsBetween(from: number, to: number, calendar: BusinessCalendar): number {
  if (to <= from) return 0;
  let total = 0;
  let date = localDateOf(from, calendar.timeZone);
  for (let i = 0; i < searchDays + 2; i++) {
    const stretches = openStretches(calendar, date);
    for (const [s, e] of stretches) total += Math.max(0, Math.min(e, to) - Math.max(s, from));
    // Past `to` once the day's first stretch (or its midnight) starts after it.
    const dayStart = zonedInstant(date, 0, calendar.timeZone);
    if (dayStart >= to) break;
    date = nextDate(date);
  }
  return total;
}

/**
 * The instant at which `ms` of open time have passed since `from` (a due time): outside hours
 * the clock waits for the next opening. Null when the calendar never opens within ten years.
 */
export function addBusinessMs(from: number, ms: number, calendar: BusinessCalendar): number | null {
  let remaining = Math.max(0, ms);
  let date = localDateOf(from, calendar.timeZone);
  for (let i = 0; i < searchDays; i++) {
    for (const [s, e] of openStretches(calendar, date)) {
      if (e <= from) continue;
      const start = Math.max(s, from);
      if (remaining <= e - start) return start + remaining;
      remaining -= e - start;
    }
    date = nextDate(date);
  }
  return null;
}
