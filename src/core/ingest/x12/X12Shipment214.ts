import type { TrackingStatus } from '../../logistics/trackingStatus';

/** One AT7 status (with its MS1 location and MS2 equipment) from a 214's LX loop. */
export interface X12StatusEvent {
  /** LX-01 of the loop it came from; null when the AT7 came before any LX. */
  lx: string | null;
  /** Index of the AT7 segment in the interchange (for error reports and dedupe). */
  segmentIndex: number;
  /** AT7-01 (shipment status), or AT7-03 (appointment status) when AT7-01 is empty. */
  statusCode: string;
  reasonCode: string | null;
  status: TrackingStatus;
  flagged: boolean;
  description: string;
  /** Null when AT7-05/06 are missing or unreadable (reported in errors). */
  occurredAt: number | null;
  /** The time had no usable time code (e.g. LT): read as UTC. */
  localTime: boolean;
  /** "City, ST, CC" from MS1, null without one. */
  location: string | null;
  equipment: { scac: string; number: string | null } | null;
}

/** One ST…SE transaction set of type 214. */
export interface X12Shipment214 {
  controlNumber: string;
  /** B10-01: the carrier's reference (PRO / tracking number) — what the shipment is matched by. */
  trackingNumber: string;
  /** B10-02: the shipper's shipment identification number (often the BOL). */
  shipmentId: string | null;
  /** B10-03: the carrier's SCAC. */
  scac: string | null;
  references: { qualifier: string; value: string }[];
  events: X12StatusEvent[];
}

export interface X12ParseError {
  /** 0-based index of the offending segment in the interchange. */
  index: number;
  segment: string;
  reason: string;
}

export interface X12Interchange {
  sender: string;
  receiver: string;
  controlNumber: string;
  transactions: X12Shipment214[];
  /** Problems found; the usable transactions and events are still returned. */
  errors: X12ParseError[];
}
