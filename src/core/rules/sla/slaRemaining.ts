import type { SlaClock } from './SlaClock';

export type SlaTargetState = 'none' | 'running' | 'paused' | 'met' | 'breached';

export interface SlaTargetView {
  state: SlaTargetState;
  /** Due time as it stands now (a running pause already added); null when none. */
  dueAt: number | null;
  /** ms left (negative = overdue); null when met or none. */
  remainingMs: number | null;
}

/** What the UI shows for each target: state, effective due time and time left at `now`. */
export function slaRemaining(clock: SlaClock, now: number): { firstResponse: SlaTargetView; resolution: SlaTargetView } {
  return {
    firstResponse: view(clock, clock.firstResponseDueAt, clock.firstRespondedAt, now),
    resolution: view(clock, clock.resolutionDueAt, clock.solvedAt, now),
  };
}

function view(clock: SlaClock, dueAt: number | null, metAt: number | null, now: number): SlaTargetView {
  if (dueAt === null) return { state: 'none', dueAt: null, remainingMs: null };
  if (metAt !== null) return { state: metAt > dueAt ? 'breached' : 'met', dueAt, remainingMs: null };
  const paused = clock.slaPausedAt;
  // A pause begun before the due time moves it later while it lasts.
  const effective = paused !== null && paused <= dueAt ? dueAt + (now - paused) : dueAt;
  const remainingMs = effective - now;
  if (remainingMs < 0) return { state: 'breached', dueAt: effective, remainingMs };
  return { state: paused !== null ? 'paused' : 'running', dueAt: effective, remainingMs };
}
