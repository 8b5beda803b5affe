import type { DashboardGranularity } from './DashboardGranularity';

const DAY = 86_400_000;
/** Longest span still drawn day by day; longer periods are drawn week by week. */
const MAX_DAILY_DAYS = 31;

/** Day points up to a month, week points beyond (a 90-day line of 90 points is unreadable). */
export function granularityOf(from: number, to: number): DashboardGranularity {
  return to - from <= MAX_DAILY_DAYS * DAY ? 'day' : 'week';
}

/**
 * Start (UTC ms) of the local day or Monday-based week holding `at`, for a viewer `offsetMinutes`
 * east of UTC. Same arithmetic as the SQL in desktop/queries/dashboard/bucketSql.ts.
 */
export function bucketStart(at: number, granularity: DashboardGranularity, offsetMinutes: number): number {
  const offset = offsetMinutes * 60_000;
  const day = Math.floor((at + offset) / DAY);
  // 1970-01-01 was a Thursday: (day + 3) % 7 is days since Monday.
  const first = granularity === 'day' ? day : day - (((day + 3) % 7) + 7) % 7;
  return first * DAY - offset;
}

/** Every bucket start of the period [from, to), so charts show empty days as zero, not as gaps. */
export function periodBuckets(from: number, to: number, granularity: DashboardGranularity, offsetMinutes: number): number[] {
  const step = granularity === 'day' ? DAY : 7 * DAY;
  const out: number[] = [];
  for (let at = bucketStart(from, granularity, offsetMinutes); at < to; at += step) out.push(at);
  return out;
}
