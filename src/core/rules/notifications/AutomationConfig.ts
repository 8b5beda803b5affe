import type { Channel } from '../../domain/rows';
import type { ExceptionType } from '../../logistics/exceptionKinds';
import type { ShipmentActionKind } from '../../shipmentActions/shipmentActionKinds';
import type { ShipmentActionOutcome } from '../../shipmentActions/shipmentActionOutcome';

/** Event names as automations store them in their `trigger` column. */
export const notificationTriggers = ['shipment.delayed', 'exception.opened', 'shipment.out_for_delivery', 'shipment.delivered', 'shipment_action.settled'] as const;
export type NotificationTrigger = (typeof notificationTriggers)[number];

/** Something that happened to a customer's shipment that an automation may tell them about. */
export interface NotificationEvent {
  trigger: NotificationTrigger;
  shipmentId: string;
  customerId: string;
  /** For `exception.opened`: which kind. */
  exceptionType: ExceptionType | null;
  /** For `shipment_action.settled`: the carrier request that settled and how. */
  shipmentActionId?: string | null;
  outcome?: ShipmentActionOutcome | null;
  actionKind?: ShipmentActionKind | null;
}

/** "When <trigger> happens, send <macro> on <channel>", with its limits. */
export interface AutomationConfig {
  id: string;
  enabled: boolean;
  trigger: NotificationTrigger;
  /** For `exception.opened`: only these kinds (null/empty = all). */
  exceptionTypes: readonly ExceptionType[] | null;
  macroId: string;
  /** For `shipment_action.settled`: the macro per outcome; an outcome without one is not told. */
  macroByOutcome?: Partial<Record<ShipmentActionOutcome, string>> | null;
  /** For `shipment_action.settled`: only these kinds of request (null/empty = all). */
  actionKinds?: readonly ShipmentActionKind[] | null;
  /** Forces a channel; null = the customer's preferred one. */
  channel: Channel | null;
  throttle: {
    /** No second message about the same shipment within this many ms (e.g. 12 h). */
    perShipmentMs: number;
    /** At most this many proactive messages per customer in any 24 h. */
    perCustomerPerDay: number;
  };
}

/** A proactive message already sent (any automation), for throttling. */
export interface SentNotification {
  customerId: string;
  shipmentId: string | null;
  sentAt: number;
}
