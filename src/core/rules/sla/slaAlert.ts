import type { TicketStatus } from '../../domain/rows';
import type { SlaBreachKind } from './detectBreaches';
import type { SlaClock } from './SlaClock';
import { slaRemaining } from './slaRemaining';

export interface SlaAlert {
  level: 'breached' | 'at_risk';
  /** The running target: first response until it is given, then resolution. */
  kind: SlaBreachKind;
  dueAt: number;
  /** ms left (negative = overdue). */
  remainingMs: number;
}

/**
 * Whether a ticket's running SLA target needs attention at `now`: breached once past due,
 * at risk while running (not paused) and due within `atRiskMs`. Solved and closed tickets
 * need nothing. The inbox badge, the hub's sweep and the replica's SQL views follow this rule.
 */
export function slaAlert(ticket: SlaClock & { status: TicketStatus }, now: number, atRiskMs: number): SlaAlert | null {
  if (ticket.status === 'solved' || ticket.status === 'closed') return null;
  const views = slaRemaining(ticket, now);
  const kind: SlaBreachKind = ticket.firstRespondedAt === null && ticket.firstResponseDueAt !== null ? 'first_response' : 'resolution';
  const target = kind === 'first_response' ? views.firstResponse : views.resolution;
  if (target.dueAt === null || target.remainingMs === null) return null;
  if (target.state === 'breached') return { level: 'breached', kind, dueAt: target.dueAt, remainingMs: target.remainingMs };
  if (target.state === 'running' && target.remainingMs < atRiskMs) return { level: 'at_risk', kind, dueAt: target.dueAt, remainingMs: target.remainingMs };
  return null;
}
