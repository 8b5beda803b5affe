import type { TicketPriority, TicketStatus } from '../../domain/rows';
import { alwaysOpen, type BusinessCalendar } from '../businessHours/BusinessCalendar';
import { applyStatusChange, recordFirstResponse } from './applyStatusChange';
import { computeDueTimes } from './computeDueTimes';
import type { SlaClock } from './SlaClock';
import type { SlaTarget, SlaTier } from './slaPolicy';

export interface SlaTicket extends SlaClock {
  createdAt: number;
  updatedAt: number;
  priority: TicketPriority;
  status: TicketStatus;
}

/**
 * The clock a ticket should carry given its current status, priority and first agent reply.
 * Idempotent: derived from state, not from a before/after pair, so the hub can re-run it after
 * any write (and on its own writes) without drift. A status change is stamped at the ticket's
 * `updatedAt`; due times follow priority × tier (a priority change recomputes them), counted on
 * the business calendar of the ticket's team (core's `calendarOfTeam`).
 */
export function syncSlaClock(
  ticket: SlaTicket,
  tier: SlaTier,
  policy: readonly SlaTarget[],
  firstReplyAt: number | null,
  calendar: BusinessCalendar = alwaysOpen,
): SlaClock {
  let clock: SlaClock = {
    firstResponseDueAt: ticket.firstResponseDueAt,
    resolutionDueAt: ticket.resolutionDueAt,
    firstRespondedAt: ticket.firstRespondedAt,
    solvedAt: ticket.solvedAt,
    slaPausedAt: ticket.slaPausedAt,
    slaPausedMs: ticket.slaPausedMs,
  };
  // The status the clock last saw, read back from its own fields.
  const seen: TicketStatus = clock.solvedAt !== null ? 'solved' : clock.slaPausedAt !== null ? 'pending' : 'open';
  clock = applyStatusChange(clock, seen, ticket.status, ticket.updatedAt, calendar);
  if (firstReplyAt !== null) clock = recordFirstResponse(clock, firstReplyAt);
  const due = computeDueTimes({ createdAt: ticket.createdAt, priority: ticket.priority, customerTier: tier, clock }, policy, calendar);
  return { ...clock, ...due };
}

export function sameSlaClock(a: SlaClock, b: SlaClock): boolean {
  return (
    a.firstResponseDueAt === b.firstResponseDueAt &&
    a.resolutionDueAt === b.resolutionDueAt &&
    a.firstRespondedAt === b.firstRespondedAt &&
    a.solvedAt === b.solvedAt &&
    a.slaPausedAt === b.slaPausedAt &&
    a.slaPausedMs === b.slaPausedMs
  );
}
