import type { TrackingStatus } from '../logistics/trackingStatus';

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
}
