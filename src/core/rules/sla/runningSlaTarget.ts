import { alwaysOpen, type BusinessCalendar } from '../businessHours/BusinessCalendar';
import type { SlaBreachKind } from './SlaBreachKind';
import type { SlaClock } from './SlaClock';
import { slaRemaining, type SlaTargetView } from './slaRemaining';

/**
 * The target an agent must act on next: of the ones not yet met (first response until given, a
 * next reply while a customer waits, resolution), the one due first. Null when none has a due time.
 */
export function runningSlaTarget(clock: SlaClock, now: number, calendar: BusinessCalendar = alwaysOpen): { kind: SlaBreachKind; view: SlaTargetView } | null {
  const views = slaRemaining(clock, now, calendar);
  const candidates: Array<{ kind: SlaBreachKind; view: SlaTargetView }> = [];
  if (clock.firstRespondedAt === null) candidates.push({ kind: 'first_response', view: views.firstResponse });
  candidates.push({ kind: 'next_response', view: views.nextResponse }, { kind: 'resolution', view: views.resolution });
  let best: { kind: SlaBreachKind; view: SlaTargetView } | null = null;
  for (const c of candidates) {
    if (c.view.dueAt === null || c.view.remainingMs === null) continue;
    if (best === null || c.view.dueAt < best.view.dueAt!) best = c;
  }
  return best;
}
