import { z } from 'zod';
import { orderLineSchema, orderStatusSchema } from '../domain/logisticsRows';
import { shipmentModeSchema, shipmentStatusSchema, trackingStatusSchema } from '../logistics/trackingStatus';
import { webhookTimeSchema } from './webhookTime';

const ref = z.string().trim().min(1, 'is empty').max(100);

/** How a feed names the customer: our id, their account number, or an email we can match. */
export const customerRefSchema = z
  .object({
    id: z.uuid().optional(),
    accountNumber: ref.optional(),
    email: z.email().optional(),
    name: z.string().trim().min(1).max(300).optional(),
  })
  .refine((c) => c.id !== undefined || c.email !== undefined || c.accountNumber !== undefined, {
    message: 'give customer.id, customer.email or customer.accountNumber',
  });
export type CustomerRef = z.infer<typeof customerRefSchema>;

/** ERP/WMS order upsert, keyed by the order number. */
export const orderUpsertPayloadSchema = z.object({
  number: ref,
  customer: customerRefSchema,
  status: orderStatusSchema,
  lines: z.array(orderLineSchema).max(1000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
  /** Omitted: the sum of the lines. */
  total: z.number().nonnegative().finite().optional(),
  promisedDate: webhookTimeSchema.nullable().optional(),
  placedAt: webhookTimeSchema.optional(),
});
export type OrderUpsertPayload = z.infer<typeof orderUpsertPayloadSchema>;

/** TMS shipment upsert, keyed by (carrier, tracking number). */
export const shipmentUpsertPayloadSchema = z.object({
  carrier: ref,
  trackingNumber: ref,
  mode: shipmentModeSchema,
  orderNumber: ref.optional(),
  /** Needed when the shipment has no known order to take the customer from. */
  customer: customerRefSchema.optional(),
  origin: z.string().max(300).default(''),
  destination: z.string().max(300).default(''),
  promisedDate: webhookTimeSchema.nullable().optional(),
  eta: webhookTimeSchema.nullable().optional(),
  status: shipmentStatusSchema.optional(),
});
export type ShipmentUpsertPayload = z.infer<typeof shipmentUpsertPayloadSchema>;

/** A carrier/TMS tracking event as JSON; `status` is optional because many feeds only send their own code. */
export const trackingEventPayloadSchema = z.object({
  carrier: ref,
  trackingNumber: ref,
  /** The carrier's own code, always kept. */
  code: ref,
  reason: z.string().max(500).optional(),
  status: trackingStatusSchema.optional(),
  occurredAt: webhookTimeSchema,
  location: z.string().max(300).optional(),
  eta: webhookTimeSchema.nullable().optional(),
});
export type TrackingEventPayload = z.infer<typeof trackingEventPayloadSchema>;

/** The logistics feeds' item schemas; every logistics webhook takes one item or an array of them. */
export const logisticsPayloads = {
  orders: orderUpsertPayloadSchema,
  shipments: shipmentUpsertPayloadSchema,
  tracking: trackingEventPayloadSchema,
} as const;
export type LogisticsFeed = keyof typeof logisticsPayloads;
