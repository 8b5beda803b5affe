import type { TicketPriority, TicketStatus } from '../../domain/rows';
import { alwaysOpen, type BusinessCalendar } from '../businessHours/BusinessCalendar';
import { addBusinessMs } from '../businessHours/businessTime';
import { applyStatusChange, recordFirstResponse } from './applyStatusChange';
import { computeDueTimes } from './computeDueTimes';
import type { SlaClock } from './SlaClock';
import { slaAtRiskAt } from './slaAtRiskAt';
import { slaAtRiskSetting } from './slaAtRiskSetting';
import { resolveSlaTarget, type SlaTarget, type SlaTier } from './slaPolicy';

export interface SlaTicket extends SlaClock {
  createdAt: number;
  updatedAt: number;
  priority: TicketPriority;
  status: TicketStatus;
}

export interface SlaSyncFacts {
  /**
   * The first customer message after the ticket's last agent reply, when an agent has replied:
   * the next-reply clock runs from it. Null/absent = nobody waits on a next reply.
   */
  customerWaitingSince?: number | null;
  /** The lead's at-risk threshold (slaAtRiskSetting); the default hour when absent. */
  atRiskMs?: number;
}

/**
 * The clock a ticket should carry given its current status, priority, agent replies and the
 * customer's wait for the next one. Idempotent: derived from state, not from a before/after pair,
 * so the hub can re-run it after any write (and on its own writes) without drift. A status change
 * is stamped at the ticket's `updatedAt`; due times follow priority × tier (a priority change
 * recomputes them, the next reply's too), counted on the business calendar of the ticket's team
 * (core's `calendarOfTeam`); `slaAtRiskAt` follows the running target's due time.
 */
export function syncSlaClock(
  ticket: SlaTicket,
  tier: SlaTier,
  policy: readonly SlaTarget[],
  firstReplyAt: number | null,
  calendar: BusinessCalendar = alwaysOpen,
  facts: SlaSyncFacts = {},
): Required<SlaClock> {
  let clock: SlaClock = {
    firstResponseDueAt: ticket.firstResponseDueAt,
    resolutionDueAt: ticket.resolutionDueAt,
    firstRespondedAt: ticket.firstRespondedAt,
    solvedAt: ticket.solvedAt,
    slaPausedAt: ticket.slaPausedAt,
    slaPausedMs: ticket.slaPausedMs,
    nextResponseSince: ticket.nextResponseSince ?? null,
    nextResponseDueAt: ticket.nextResponseDueAt ?? null,
    nextResponsePausedMs: ticket.nextResponsePausedMs ?? 0,
  };
  // The status the clock last saw, read back from its own fields.
  const seen: TicketStatus = clock.solvedAt !== null ? 'solved' : clock.slaPausedAt !== null ? 'pending' : 'open';
  clock = applyStatusChange(clock, seen, ticket.status, ticket.updatedAt, calendar);
  if (firstReplyAt !== null) clock = recordFirstResponse(clock, firstReplyAt);
  const due = computeDueTimes({ createdAt: ticket.createdAt, priority: ticket.priority, customerTier: tier, clock }, policy, calendar);
  // A new customer message waiting (or none any more) starts the next-reply clock afresh.
  const waiting = clock.firstRespondedAt === null ? null : (facts.customerWaitingSince ?? null);
  const pausedMs = waiting === clock.nextResponseSince ? (clock.nextResponsePausedMs ?? 0) : 0;
  const nextMs = resolveSlaTarget(policy, ticket.priority, tier).nextResponseMs;
  const next = {
    nextResponseSince: waiting,
    nextResponseDueAt: waiting === null ? null : addBusinessMs(waiting, nextMs + pausedMs, calendar),
    nextResponsePausedMs: waiting === null ? 0 : pausedMs,
  };
  const synced = { ...clock, ...due, ...next };
  const atRiskMs = facts.atRiskMs ?? slaAtRiskSetting.defaultMinutes * 60_000;
  return { ...synced, slaAtRiskAt: slaAtRiskAt(synced, ticket.status, atRiskMs, calendar) };
}

export function sameSlaClock(a: SlaClock, b: SlaClock): boolean {
  return (
    a.firstResponseDueAt === b.firstResponseDueAt &&
    a.resolutionDueAt === b.resolutionDueAt &&
    a.firstRespondedAt === b.firstRespondedAt &&
    a.solvedAt === b.solvedAt &&
    a.slaPausedAt === b.slaPausedAt &&
    a.slaPausedMs === b.slaPausedMs &&
    (a.nextResponseSince ?? null) === (b.nextResponseSince ?? null) &&
    (a.nextResponseDueAt ?? null) === (b.nextResponseDueAt ?? null) &&
    (a.nextResponsePausedMs ?? 0) === (b.nextResponsePausedMs ?? 0) &&
    (a.slaAtRiskAt ?? null) === (b.slaAtRiskAt ?? null)
  );
}
