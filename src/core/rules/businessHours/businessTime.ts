import type { BusinessCalendar, IsoWeekday } from './BusinessCalendar';
import { minutesOfClock } from './minutesOfClock';
import { isoDateString, isoWeekdayOf, localDateOf, nextDate, previousDate, zonedInstant, type LocalDate } from './zonedTime';

/** A calendar with no open hour would never end a search; after this many days it is given up. */
const searchDays = 3_660;


// Per calendar object, the stretches of each local day already worked out: a due time weeks
// away asks for the same days again and again (a list of badges, the seed's 100k tickets).
const stretchCache = new WeakMap<BusinessCalendar, Map<string, [number, number][]>>();
const cachedDays = 4_000;

/** The open stretches of one local day as instants [start, end), in order; none on a holiday. */
function openStretches(calendar: BusinessCalendar, date: LocalDate): [number, number][] {
  const key = isoDateString(date);
  let days = stretchCache.get(calendar);
  if (!days) stretchCache.set(calendar, (days = new Map()));
  const known = days.get(key);
  if (known) return known;
  if (days.size >= cachedDays) days.clear();
  const stretches = computeStretches(calendar, date);
  days.set(key, stretches);
  return stretches;
}

function computeStretches(calendar: BusinessCalendar, date: LocalDate): [number, number][] {
  if (calendar.holidays.includes(isoDateString(date))) return [];
  const intervals = calendar.week[String(isoWeekdayOf(date)) as IsoWeekday] ?? [];
  return intervals
    .map((i): [number, number] => [zonedInstant(date, minutesOfClock(i.start), calendar.timeZone), zonedInstant(date, minutesOfClock(i.end), calendar.timeZone)])
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
    // Later days only open after this day's last stretch (or its midnight, when closed): past `to`, stop.
    if ((stretches.at(-1)?.[1] ?? dayStartOf(calendar, date)) >= to) break;
    date = nextDate(date);
  }
  return total;
}

const dayStarts = new WeakMap<BusinessCalendar, Map<string, number>>();

/** Local midnight of a closed day (cached like the stretches: weekends come back every week). */
function dayStartOf(calendar: BusinessCalendar, date: LocalDate): number {
  const key = isoDateString(date);
  let days = dayStarts.get(calendar);
  if (!days) dayStarts.set(calendar, (days = new Map()));
  if (days.size >= cachedDays) days.clear();
  const known = days.get(key);
  if (known !== undefined) return known;
  const start = zonedInstant(date, 0, calendar.timeZone);
  days.set(key, start);
  return start;
}

/** The first open instant at or after `at` (itself while open); null when it never opens within ten years. */
export function nextOpening(at: number, calendar: BusinessCalendar): number | null {
  return addBusinessMs(at, 0, calendar);
}

/** Whether the calendar's clock runs at `at`. */
export function isOpenAt(at: number, calendar: BusinessCalendar): boolean {
  return nextOpening(at, calendar) === at;
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

/**
 * The latest instant from which exactly `ms` of open time remain until `to` (the inverse of
 * addBusinessMs: when an SLA clock comes within a threshold of its due time). Null when the
 * calendar was never open within ten years before `to`.
 */
export function subtractBusinessMs(to: number, ms: number, calendar: BusinessCalendar): number | null {
  let remaining = Math.max(0, ms);
  let date = localDateOf(to, calendar.timeZone);
  for (let i = 0; i < searchDays; i++) {
    const stretches = openStretches(calendar, date);
    for (let j = stretches.length - 1; j >= 0; j--) {
      const [s, e] = stretches[j]!;
      if (s >= to) continue;
      const end = Math.min(e, to);
      if (remaining <= end - s) return end - remaining;
      remaining -= end - s;
    }
    date = previousDate(date);
  }
  return null;
}
