import type { SlaClock } from './SlaClock';
import type { SlaBreachKind } from './SlaBreachKind';
import { slaAlertKey } from './slaAlertKey';

export interface SlaBreach {
  ticketId: string;
  kind: SlaBreachKind;
  dueAt: number;
  /** A next reply's customer message time (its key); null for the other targets. */
  since: number | null;
  /** slaAlertKey: each breach is reported once. */
  key: string;
}

/**
 * Which tickets are past a due time at `now` and not yet reported (keys in `reported`). A
 * target met late is a breach too. A clock paused before its due time is not breached; one
 * paused after it stays breached (pausing does not undo a miss). A next reply given is cleared from
 * the clock, so only a waiting one is found here (the hub's SLA sync reports one answered late).
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
      const since = kind === 'next_response' ? (t.nextResponseSince ?? null) : null;
      const key = slaAlertKey(t.id, kind, since);
      if (reported.has(key)) return;
      const late = metAt !== null ? metAt > dueAt : now > dueAt && (t.slaPausedAt === null || t.slaPausedAt > dueAt);
      if (late) breaches.push({ ticketId: t.id, kind, dueAt, since, key });
    };
    check('first_response', t.firstResponseDueAt, t.firstRespondedAt);
    check('next_response', t.nextResponseDueAt ?? null, null);
    check('resolution', t.resolutionDueAt, t.solvedAt);
  }
  return breaches;
}
