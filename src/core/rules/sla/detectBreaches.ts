import type { SlaClock } from './SlaClock';

export type SlaBreachKind = 'first_response' | 'resolution';

export interface SlaBreach {
  ticketId: string;
  kind: SlaBreachKind;
  dueAt: number;
  /** `${ticketId}:${kind}`: each breach is reported once. */
  key: string;
}

/**
 * Which tickets are past a due time at `now` and not yet reported (keys in `reported`). A
 * target met late is a breach too. A clock paused before its due time is not breached; one
 * paused after it stays breached (pausing does not undo a miss).
 */
export function detectBreaches(
  tickets: ReadonlyArray<SlaClock & { id: string }>,
  now: number,
  reported: ReadonlySet<string>,
): SlaBreach[] {
  const breaches: SlaBreach[] = [];
  for (const t of tickets) {
    const check = (kind: SlaBreachKind, dueAt: number | null, metAt: number | null): void => {
      if (dueAt === null) return;
      const key = `${t.id}:${kind}`;
      if (reported.has(key)) return;
      const late = metAt !== null ? metAt > dueAt : now > dueAt && (t.slaPausedAt === null || t.slaPausedAt > dueAt);
      if (late) breaches.push({ ticketId: t.id, kind, dueAt, key });
    };
    check('first_response', t.firstResponseDueAt, t.firstRespondedAt);
    check('resolution', t.resolutionDueAt, t.solvedAt);
  }
  return breaches;
}
