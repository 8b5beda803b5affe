import type { NotificationEvent } from '../../core';

/** A notification trigger born from an exception check, with the exception that caused it. */
export interface ShipmentTrigger {
  event: NotificationEvent;
  exceptionId: string | null;
  /** The ticket to tell the customer on (a settled action's own ticket); else the rules find one. */
  ticketId?: string | null;
}
