const DAY_MINUTES = 1440;

/** Minutes since local midnight at `at` in `timeZone` (an unknown zone reads as UTC). */
export function localMinuteOfDay(at: number, timeZone: string): number {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  } catch {
    format = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }
  const parts = format.formatToParts(new Date(at));
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0) % 24;
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return hour * 60 + minute;
}

/** "HH:MM" → minutes; null when malformed (a malformed window is treated as no window). */
export function parseClock(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * When the quiet window containing `now` ends, or null if `now` is outside it. Windows may
 * wrap midnight; start == end means no window. The answer is checked against the zone's
 * clock once more so a DST jump inside the window does not end it an hour off.
 */
export function quietHoursEnd(window: { start: string; end: string } | null, timeZone: string, now: number): number | null {
  if (!window) return null;
  const start = parseClock(window.start);
  const end = parseClock(window.end);
  if (start === null || end === null || start === end) return null;
  const minute = localMinuteOfDay(now, timeZone);
  const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return null;
  const wholeMinute = Math.floor(now / 60_000) * 60_000;
  let candidate = wholeMinute + ((end - minute + DAY_MINUTES) % DAY_MINUTES) * 60_000;
  const drift = ((end - localMinuteOfDay(candidate, timeZone) + DAY_MINUTES + 720) % DAY_MINUTES) - 720;
  candidate += drift * 60_000;
  return candidate > now ? candidate : candidate + DAY_MINUTES * 60_000;
}
