import type { UrgentException } from '../../core';

/** How recently an exception must have been detected to alert: older rows arriving by sync stay quiet. */
export const freshForMs = 15 * 60_000;

/**
 * The urgent exceptions to alert about: not seen in an earlier answer and detected within
 * `freshForMs` (a first sync or a reconnect also brings old exceptions in as new rows).
 * Adds every listed id to `seen`.
 */
export function freshUrgentExceptions(list: readonly UrgentException[], seen: Set<string>, now: number): UrgentException[] {
  const fresh = list.filter((e) => !seen.has(e.id) && e.detectedAt >= now - freshForMs);
  for (const e of list) seen.add(e.id);
  return fresh;
}
