import { z } from 'zod';

/**
 * The one normalised status model every carrier feed maps into (X12 214 AT7 codes, carrier
 * JSON, TMS events). The raw carrier code is always kept beside it; a code nobody mapped
 * becomes `unknown` and is flagged, never dropped.
 */
export const trackingStatusSchema = z.enum([
  'info_received',
  'picked_up',
  'in_transit',
  'arrived_at_facility',
  'departed_facility',
  'out_for_delivery',
  'delivery_attempted',
  'delivered',
  'delayed',
  'customs_hold',
  'customs_cleared',
  'damaged',
  'lost',
  'address_issue',
  'refused',
  'returned_to_sender',
  'exception',
  'unknown',
]);
export type TrackingStatus = z.infer<typeof trackingStatusSchema>;

/** Where a shipment stands overall; derived from its latest meaningful tracking status. */
export const shipmentStatusSchema = z.enum([
  'pending',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'exception',
  'returned',
  'cancelled',
]);
export type ShipmentStatus = z.infer<typeof shipmentStatusSchema>;

export const shipmentModeSchema = z.enum(['parcel', 'ltl', 'ftl', 'ocean', 'air']);
export type ShipmentMode = z.infer<typeof shipmentModeSchema>;
