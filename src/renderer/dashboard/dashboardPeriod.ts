import dayjs from 'dayjs';

/** A preset ("last N days up to today") or a custom range of whole local days, both ends included. */
export interface DashboardPeriod {
  preset: '7' | '30' | '90' | 'custom';
  /** 'YYYY-MM-DD', local days. */
  start: string;
  end: string;
}

const DAY_FORMAT = 'YYYY-MM-DD';

/** The last `days` days up to and including `today`. */
export function presetPeriod(preset: '7' | '30' | '90', today: dayjs.Dayjs = dayjs()): DashboardPeriod {
  const end = today.startOf('day');
  return { preset, start: end.subtract(Number(preset) - 1, 'day').format(DAY_FORMAT), end: end.format(DAY_FORMAT) };
}

/**
 * The period the dashboard opens on: the last 30 days, unless the replica's latest activity is
 * more than a week old (a demo or an idle team), then the 30 days up to that activity, so the
 * first view is never empty for want of a date.
 */
export function defaultPeriod(latest: number | null, today: dayjs.Dayjs = dayjs()): DashboardPeriod {
  if (latest === null || dayjs(latest).isAfter(today.subtract(7, 'day'))) return presetPeriod('30', today);
  return { ...presetPeriod('30', dayjs(latest)), preset: 'custom' };
}

/** The channel input: [local midnight of start, local midnight after end) and the UTC offset. */
export function periodInput(period: DashboardPeriod): { from: number; to: number; utcOffsetMinutes: number } {
  const from = dayjs(period.start).startOf('day');
  const to = dayjs(period.end).startOf('day').add(1, 'day');
  return { from: from.valueOf(), to: to.valueOf(), utcOffsetMinutes: -from.toDate().getTimezoneOffset() };
}
