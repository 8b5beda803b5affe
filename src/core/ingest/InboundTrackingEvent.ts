import type { TrackingStatus } from '../logistics/trackingStatus';
import type { ShipmentReference } from './x12/ShipmentReference';

/** A tracking event from any feed (X12 214 or JSON), normalised; ingest matches it to a shipment. */
export interface InboundTrackingEvent {
  /** Carrier as the feed names it (SCAC for X12). */
  carrier: string;
  trackingNumber: string;
  status: TrackingStatus;
  rawCode: string;
  rawReason: string | null;
  flagged: boolean;
  /** Null when the feed gave no usable time: ingest uses the time it received the event. */
  occurredAt: number | null;
  location: string | null;
  /** A new estimate of arrival carried by the event, when the feed sends one. */
  eta: number | null;
  source: 'x12_214' | 'json';
  /** Tried in order when `trackingNumber` matches no shipment (X12: L11 references, B10-02). */
  fallbackReferences?: readonly ShipmentReference[];
}
