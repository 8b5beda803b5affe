import type { ExceptionSeverity, ExceptionType } from '../../logistics/exceptionKinds';

/** An exception that should be open for a shipment right now, as detection sees it. */
export interface DetectedException {
  type: ExceptionType;
  severity: ExceptionSeverity;
  /** `${shipmentId}:${type}`: at most one unresolved exception per key, ever. */
  dedupeKey: string;
  /** When the condition began (the triggering scan, or the promised date passing). */
  since: number;
  /** The scan that triggered it, when one did. */
  eventId: string | null;
  /** One line a team lead can read in the queue. */
  reason: string;
}

export function exceptionDedupeKey(shipmentId: string, type: string): string {
  return `${shipmentId}:${type}`;
}
