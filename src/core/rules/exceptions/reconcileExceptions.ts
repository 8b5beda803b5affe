import type { ExceptionSeverity, ExceptionStatus, ExceptionType } from '../../logistics/exceptionKinds';
import type { DetectedException } from './DetectedException';
import { isMoreSevere } from './exceptionSeverity';

/** An exception already stored for the shipment (any status). */
export interface KnownException {
  id: string;
  type: ExceptionType;
  status: ExceptionStatus;
  severity: ExceptionSeverity;
  resolvedAt: number | null;
}

export interface ExceptionPlan {
  /** Conditions with no unresolved exception yet: open one each. */
  open: DetectedException[];
  /** Unresolved exceptions whose condition is gone (e.g. delivered clears delay): resolve them. */
  resolve: KnownException[];
  /** Unresolved exceptions whose condition got worse: raise to this severity (never lowered). */
  escalate: Array<{ exception: KnownException; severity: ExceptionSeverity; reason: string }>;
}

/**
 * Turns "what should be open" into writes against what is stored. Invariants: at most one
 * unresolved exception per type per shipment; a condition someone resolved by hand is not
 * reopened unless it began again after that resolution (a new scan, a new promise missed).
 */
export function reconcileExceptions(detected: readonly DetectedException[], known: readonly KnownException[]): ExceptionPlan {
  const plan: ExceptionPlan = { open: [], resolve: [], escalate: [] };
  const byType = new Map(detected.map((d) => [d.type, d]));
  for (const d of detected) {
    const sameType = known.filter((k) => k.type === d.type);
    const unresolved = sameType.find((k) => k.status !== 'resolved');
    if (unresolved) {
      if (isMoreSevere(d.severity, unresolved.severity)) plan.escalate.push({ exception: unresolved, severity: d.severity, reason: d.reason });
      continue;
    }
    const resolvedSince = sameType.some((k) => k.resolvedAt !== null && k.resolvedAt >= d.since);
    if (!resolvedSince) plan.open.push(d);
  }
  for (const k of known) {
    if (k.status !== 'resolved' && !byType.has(k.type)) plan.resolve.push(k);
  }
  return plan;
}
