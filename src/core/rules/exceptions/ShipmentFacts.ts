import type { CustomerRow } from '../../domain/rows';
import type { ShipmentMode, ShipmentStatus, TrackingStatus } from '../../logistics/trackingStatus';

/**
 * What exception detection needs to know about a shipment. Structural on purpose: the
 * hub maps its stored rows into these, so the rules never depend on column names.
 */
export interface ShipmentFacts {
  id: string;
  mode: ShipmentMode;
  status: ShipmentStatus;
  /** The delivery date promised to the customer (epoch ms), if any. */
  promisedAt: number | null;
  /** The carrier's current estimate (epoch ms), if any. */
  eta: number | null;
  /** Declared goods value in major currency units; drives damaged/lost severity. */
  declaredValue: number | null;
  customerTier: CustomerRow['tier'];
}

/** One normalised carrier scan. */
export interface TrackingEventFacts {
  id: string;
  status: TrackingStatus;
  occurredAt: number;
}
