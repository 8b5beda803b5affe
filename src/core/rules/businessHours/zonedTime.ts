/** A local calendar date (month 1–12). */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock of `timeZone` at instant `at`, as if it were UTC (its offset is this minus `at`). */
function wallClockAsUtc(at: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/** The zone's offset from UTC at instant `at`, in ms (east positive). */
export function zoneOffsetAt(at: number, timeZone: string): number {
  const whole = at - (at % 1000);
  return wallClockAsUtc(whole, timeZone) - whole;
}

/** The local date of instant `at` in `timeZone`. */
export function localDateOf(at: number, timeZone: string): LocalDate {
  const d = new Date(at + zoneOffsetAt(at, timeZone));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The instant a local wall-clock time happens in `timeZone`. A time skipped by a spring-forward
 * gap is read with the offset before the gap (so it lands just after the gap, as clocks do); a
 * time that happens twice in the autumn is the first of the two.
 */
export function zonedInstant(date: LocalDate, minutesOfDay: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minutesOfDay * 60_000;
  // The offsets in force a day either side (time-zone transitions are months apart).
  const before = wall - zoneOffsetAt(wall - 26 * 3_600_000, timeZone);
  const after = wall - zoneOffsetAt(wall + 26 * 3_600_000, timeZone);
  const shows = (at: number) => wallClockAsUtc(at, timeZone) === wall;
  const valid = [before, after].filter(shows);
  return valid.length > 0 ? Math.min(...valid) : before;
}

/** The next local date. */
export function nextDate(date: LocalDate): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The local date before. */
export function previousDate(date: LocalDate): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day - 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: LocalDate): number {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function isoDateString(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
