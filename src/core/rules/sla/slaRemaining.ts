import { alwaysOpen, type BusinessCalendar } from '../businessHours/BusinessCalendar';
import { addBusinessMs, businessMsBetween, nextOpening } from '../businessHours/businessTime';
import type { SlaClock } from './SlaClock';

export type SlaTargetState = 'none' | 'running' | 'paused' | 'met' | 'breached';

export interface SlaTargetView {
  state: SlaTargetState;
  /** Due time as it stands now (a running pause already added); null when none. */
  dueAt: number | null;
  /** Open time left on the team's calendar (negative = overdue, in plain time); null when met or none. */
  remainingMs: number | null;
  /** A running target outside the team's hours waits for this opening; null while open (or not running). */
  opensAt: number | null;
}

/**
 * What the UI shows for each target at `now`: state, effective due time, time left counted on the
 * team's business calendar, and when a clock stopped by closing time starts again.
 */
export function slaRemaining(
  clock: SlaClock,
  now: number,
  calendar: BusinessCalendar = alwaysOpen,
): { firstResponse: SlaTargetView; nextResponse: SlaTargetView; resolution: SlaTargetView } {
  const since = clock.nextResponseSince ?? null;
  // The next reply waits from the customer's message: a pause begun before it counts from there.
  const nextPause = clock.slaPausedAt === null ? null : Math.max(clock.slaPausedAt, since ?? clock.slaPausedAt);
  return {
    firstResponse: view(clock.slaPausedAt, clock.firstResponseDueAt, clock.firstRespondedAt, now, calendar),
    // Met ends the wait (the due time is cleared), so a next reply is never shown as met.
    nextResponse: view(nextPause, clock.nextResponseDueAt ?? null, null, now, calendar),
    resolution: view(clock.slaPausedAt, clock.resolutionDueAt, clock.solvedAt, now, calendar),
  };
}

function view(paused: number | null, dueAt: number | null, metAt: number | null, now: number, calendar: BusinessCalendar): SlaTargetView {
  if (dueAt === null) return { state: 'none', dueAt: null, remainingMs: null, opensAt: null };
  if (metAt !== null) return { state: metAt > dueAt ? 'breached' : 'met', dueAt, remainingMs: null, opensAt: null };
  // A pause begun before the due time moves it later by the open time it has lasted.
  const effective = paused !== null && paused <= dueAt ? (addBusinessMs(dueAt, businessMsBetween(paused, now, calendar), calendar) ?? dueAt) : dueAt;
  if (effective < now) return { state: 'breached', dueAt: effective, remainingMs: effective - now, opensAt: null };
  const remainingMs = businessMsBetween(now, effective, calendar);
  if (paused !== null) return { state: 'paused', dueAt: effective, remainingMs, opensAt: null };
  const opening = nextOpening(now, calendar);
  return { state: 'running', dueAt: effective, remainingMs, opensAt: opening !== null && opening > now ? opening : null };
}
