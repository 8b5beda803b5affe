import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';
import { exceptionSeveritySchema, exceptionStatusSchema, exceptionTypeSchema } from '../logistics/exceptionKinds';
import { shipmentModeSchema, shipmentStatusSchema, trackingStatusSchema } from '../logistics/trackingStatus';

/** A person at a customer (B2B buyers, receiving docks…); unknown email senders become contacts. */
export const contactRowSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  name: z.string().min(1).max(300),
  email: z.email().nullable(),
  phone: z.string().max(50).nullable(),
  /** Their job at the customer, e.g. "Receiving supervisor". */
  role: z.string().max(200).nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type ContactRow = z.infer<typeof contactRowSchema>;

export const orderStatusSchema = z.enum([
  'pending',
  'confirmed',
  'picking',
  // Warehouse progress (the warehouse feed moves these; see core/warehouse/orderProgress.ts).
  'backordered',
  'picked',
  'packed',
  'shipped',
  'partially_shipped',
  'delivered',
  'cancelled',
  'returned',
]);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

/** Money is in major units (12.5 = 12.50) rounded to cents; currency is ISO 4217. */
const amountSchema = z.number().nonnegative().finite();

export const orderLineSchema = z.object({
  sku: z.string().min(1).max(100),
  description: z.string().max(500),
  quantity: z.number().int().positive(),
  unitPrice: amountSchema,
});
export type OrderLine = z.infer<typeof orderLineSchema>;

export const orderRowSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  /** The ERP's order number, what customers quote (e.g. "SO-104233"). */
  number: z.string().min(1).max(100),
  status: orderStatusSchema,
  lines: z.array(orderLineSchema).max(1000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
  total: amountSchema,
  promisedDate: timestampSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type OrderRow = z.infer<typeof orderRowSchema>;

export const shipmentRowSchema = z.object({
  id: idSchema,
  orderId: idSchema.nullable(),
  customerId: idSchema,
  /** Carrier name as the TMS knows it ("DHL Express", "Maersk"); tracking numbers are unique per carrier. */
  carrier: z.string().min(1).max(100),
  trackingNumber: z.string().min(1).max(100),
  mode: shipmentModeSchema,
  /** "City, Country" text as the TMS sends it. */
  origin: z.string().max(300),
  destination: z.string().max(300),
  promisedDate: timestampSchema.nullable(),
  eta: timestampSchema.nullable(),
  status: shipmentStatusSchema,
  /** occurredAt of the latest tracking event; null before the first scan (stale detection). */
  lastEventAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type ShipmentRow = z.infer<typeof shipmentRowSchema>;

export const trackingSourceSchema = z.enum(['x12_214', 'json', 'tms']);
export type TrackingSource = z.infer<typeof trackingSourceSchema>;

export const trackingEventRowSchema = z.object({
  id: idSchema,
  shipmentId: idSchema,
  /** Normalised status; `unknown` when the raw code is not mapped (then `flagged`). */
  status: trackingStatusSchema,
  /** The carrier's own status code, always kept (X12 214 AT7-01, or the JSON feed's code). */
  rawCode: z.string().min(1).max(100),
  /** The carrier's reason code / text (X12 AT7-02), when sent. */
  rawReason: z.string().max(500).nullable(),
  carrier: z.string().min(1).max(100),
  location: z.string().max(300).nullable(),
  occurredAt: timestampSchema,
  /** True when the code was not recognised: kept for a human to map, never dropped. */
  flagged: z.boolean(),
  source: trackingSourceSchema,
});
export type TrackingEventRow = z.infer<typeof trackingEventRowSchema>;

export const exceptionRowSchema = z.object({
  id: idSchema,
  type: exceptionTypeSchema,
  severity: exceptionSeveritySchema,
  status: exceptionStatusSchema,
  /** The shipment it is about; null for an order's warehouse exception (backorder, short pick) before anything shipped. */
  shipmentId: idSchema.nullable(),
  customerId: idSchema,
  /** The team whose queue it sits in; decides its replication scope. */
  teamId: idSchema,
  /** The open ticket about this shipment, if any. */
  ticketId: idSchema.nullable(),
  detectedAt: timestampSchema,
  acknowledgedAt: timestampSchema.nullable(),
  resolvedAt: timestampSchema.nullable(),
  note: z.string().max(10_000).nullable(),
  /** e.g. "<shipmentId>:<type>"; at most one unresolved exception per key (re-detection never duplicates). */
  dedupeKey: z.string().min(1).max(300),
  // Queue work (added after the logistics model; defaults let older logged rows parse).
  /** The team member working it; null = nobody yet. */
  assigneeId: idSchema.nullable().default(null),
  acknowledgedBy: idSchema.nullable().default(null),
  /** null while open, or when the rules resolved it (the condition cleared). */
  resolvedBy: idSchema.nullable().default(null),
  /** What a person wrote when resolving it; kept apart from `note` (the rules' detection reason). */
  resolutionNote: z.string().max(10_000).nullable().default(null),
  /** When someone last sent the customer a message about it from the queue. */
  notifiedAt: timestampSchema.nullable().default(null),
  /** The order a warehouse exception is about (backorder, short pick); null for shipment exceptions. */
  orderId: idSchema.nullable().default(null),
});
export type ExceptionRow = z.infer<typeof exceptionRowSchema>;
