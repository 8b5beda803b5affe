import type { ExceptionAge } from '../../../core/contract/channels/exceptionChannels';

const hour = 3_600_000;

/** The age bucket edges (ms since detection): under 4 h, 4–24 h, 1–3 days, older. */
export const exceptionAgeEdges = { fourHours: 4 * hour, day: 24 * hour, threeDays: 72 * hour } as const;

/** Which age bucket an exception detected at `detectedAt` falls in at `now`. */
export function exceptionAgeOf(detectedAt: number, now: number): ExceptionAge {
  const age = now - detectedAt;
  if (age < exceptionAgeEdges.fourHours) return 'under_4h';
  if (age < exceptionAgeEdges.day) return '4h_24h';
  if (age < exceptionAgeEdges.threeDays) return '1d_3d';
  return 'over_3d';
}
