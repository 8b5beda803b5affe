import type { TrackingEventPayload } from './logisticsPayloads';
import type { InboundTrackingEvent } from './InboundTrackingEvent';
import type { X12Interchange } from './x12/X12Shipment214';
import { x12ShipmentReferences } from './x12/x12ShipmentReferences';

/**
 * Every AT7 of every 214 in the interchange, normalised; the carrier is B10-03, else MS2-01, else
 * the ISA sender. B10-01 is the tracking number; L11 references and B10-02 are the fallbacks.
 */
export function trackingEventsFromX12(interchange: X12Interchange): InboundTrackingEvent[] {
  return interchange.transactions.flatMap((t) => {
    const fallbackReferences = x12ShipmentReferences(t);
    return t.events.map((e) => ({
      carrier: t.scac ?? e.equipment?.scac ?? interchange.sender,
      trackingNumber: t.trackingNumber,
      status: e.status,
      rawCode: e.statusCode,
      rawReason: e.reasonCode,
      flagged: e.flagged,
      occurredAt: e.occurredAt,
      location: e.location,
      eta: null,
      source: 'x12_214' as const,
      fallbackReferences,
    }));
  });
}

/** A JSON feed's event; without a normalised `status` from the sender it is `unknown` and flagged. */
export function trackingEventFromJson(p: TrackingEventPayload): InboundTrackingEvent {
  return {
    carrier: p.carrier,
    trackingNumber: p.trackingNumber,
    status: p.status ?? 'unknown',
    rawCode: p.code,
    rawReason: p.reason ?? null,
    flagged: p.status === undefined || p.status === 'unknown',
    occurredAt: p.occurredAt,
    location: p.location ?? null,
    eta: p.eta ?? null,
    source: 'json',
  };
}
