import type { NotificationEvent } from '../../core';

/** A notification trigger born from an exception check, with the exception that caused it. */
export interface ShipmentTrigger {
  event: NotificationEvent;
  exceptionId: string | null;
}
