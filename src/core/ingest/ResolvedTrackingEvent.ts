import type { InboundTrackingEvent } from './InboundTrackingEvent';

/** One event of a delivery with its shipment already resolved (by the hub's set-based lookup). */
export interface ResolvedTrackingEvent {
  index: number;
  event: InboundTrackingEvent;
  shipmentId: string;
}
