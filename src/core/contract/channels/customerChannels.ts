import { z } from 'zod';
import { idSchema, timestampSchema } from '../../domain/ids';
import { contactRowSchema, exceptionRowSchema, orderRowSchema, shipmentRowSchema, trackingEventRowSchema } from '../../domain/logisticsRows';
import {
  channelSchema,
  customerKindSchema,
  customerRowSchema,
  customerTierSchema,
  messageDirectionSchema,
  ticketPrioritySchema,
  ticketStatusSchema,
} from '../../domain/rows';
import { shipmentStatusSchema } from '../../logistics/trackingStatus';
import { duplicateReasonSchema } from '../../customers/duplicateReasons';
import { warehouseEventRowSchema } from '../../domain/warehouseEventRow';

export const customerListItemSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string().nullable(),
  kind: customerKindSchema,
  tier: customerTierSchema,
  segment: z.string(),
  openTickets: z.number().int().nonnegative(),
});
export type CustomerListItem = z.infer<typeof customerListItemSchema>;

/** An open likely-duplicate pair for the leads' review list; both customers still live. */
export const duplicateReviewItemSchema = z.object({
  id: idSchema,
  reasons: z.array(duplicateReasonSchema),
  detectedAt: z.number(),
  customer: z.object({ id: idSchema, name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }),
  other: z.object({ id: idSchema, name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }),
});
export type DuplicateReviewItem = z.infer<typeof duplicateReviewItemSchema>;

/** A shipment as the 360 shows it, with when it arrived; lateness is core's shipmentTiming at the viewer's clock. */
export const shipmentSummarySchema = shipmentRowSchema.extend({
  deliveredAt: timestampSchema.nullable(),
});
export type ShipmentSummary = z.infer<typeof shipmentSummarySchema>;

export const customerOrderSchema = orderRowSchema.extend({
  shipments: z.array(shipmentSummarySchema),
  /** While backordered: when the warehouse expects the goods (its latest backorder event). */
  backorderExpected: timestampSchema.nullable().default(null),
});
export type CustomerOrder = z.infer<typeof customerOrderSchema>;

export const customerKpisSchema = z.object({
  orders: z.number().int().nonnegative(),
  /** One total per currency (orders are not converted). */
  revenue: z.array(z.object({ currency: z.string(), total: z.number() })),
  /** Delivered shipments with a promised date, and how many of them arrived by it. */
  delivered: z.number().int().nonnegative(),
  deliveredOnTime: z.number().int().nonnegative(),
  openTickets: z.number().int().nonnegative(),
  csatAverage: z.number().nullable(),
  csatResponses: z.number().int().nonnegative(),
});
export type CustomerKpis = z.infer<typeof customerKpisSchema>;

const ticketRef = { ticketId: idSchema, ticketNumber: z.number().int().nullable(), ticketSubject: z.string() };

/** A warehouse event of one of the customer's orders, as the timeline shows it. */
const warehouseActivitySchema = warehouseEventRowSchema.pick({ type: true, warehouse: true, expectedDate: true, lines: true, partial: true, note: true }).extend({
  kind: z.literal('warehouse'),
  id: idSchema,
  at: timestampSchema,
  orderId: idSchema,
  orderNumber: z.string(),
  carrier: z.string().nullable(),
  trackingNumber: z.string().nullable(),
});

/** One entry of the customer's activity timeline: a ticket opened, a message on it, a CSAT answer, or a warehouse event of an order. */
export const customerActivitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ticket'), id: idSchema, at: timestampSchema, ...ticketRef, status: ticketStatusSchema, priority: ticketPrioritySchema, channel: channelSchema }),
  z.object({
    kind: z.literal('message'),
    id: idSchema,
    at: timestampSchema,
    ...ticketRef,
    direction: messageDirectionSchema,
    channel: channelSchema,
    authorName: z.string().nullable(),
    preview: z.string(),
  }),
  z.object({ kind: z.literal('csat'), id: idSchema, at: timestampSchema, ...ticketRef, score: z.number().int(), comment: z.string().nullable() }),
  warehouseActivitySchema,
]);
export type CustomerActivity = z.infer<typeof customerActivitySchema>;

export const customerExceptionSchema = exceptionRowSchema.pick({
  id: true,
  type: true,
  severity: true,
  status: true,
  shipmentId: true,
  ticketId: true,
  detectedAt: true,
  note: true,
}).extend({ trackingNumber: z.string().nullable(), carrier: z.string().nullable(), orderNumber: z.string().nullable().default(null) });
export type CustomerException = z.infer<typeof customerExceptionSchema>;

export const customer360Schema = z.object({
  customer: customerRowSchema,
  contacts: z.array(contactRowSchema),
  kpis: customerKpisSchema,
  /** Newest first, at most 100 (kpis.orders counts them all). */
  orders: z.array(customerOrderSchema),
  /** Shipments not tied to an order of the list (no order, or their order has not replicated). */
  looseShipments: z.array(shipmentSummarySchema),
  /** Newest first, at most 300 entries. */
  activity: z.array(customerActivitySchema),
  /** Unresolved exceptions, newest first. */
  openExceptions: z.array(customerExceptionSchema),
  /** Set when the customer asked for was merged away: this is the customer it was merged into. */
  redirectedFrom: z.object({ id: idSchema, name: z.string() }).nullable().default(null),
});
export type Customer360 = z.infer<typeof customer360Schema>;

export const searchHitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ticket'), id: idSchema, number: z.number().int().nullable(), subject: z.string(), status: ticketStatusSchema, customerName: z.string() }),
  z.object({ kind: z.literal('customer'), id: idSchema, name: z.string(), email: z.string().nullable(), customerKind: customerKindSchema, tier: customerTierSchema }),
  z.object({
    kind: z.literal('shipment'),
    id: idSchema,
    trackingNumber: z.string(),
    carrier: z.string(),
    status: shipmentStatusSchema,
    orderNumber: z.string().nullable(),
    customerId: idSchema,
    customerName: z.string(),
  }),
  z.object({ kind: z.literal('article'), id: idSchema, title: z.string(), category: z.string() }),
]);
export type SearchHit = z.infer<typeof searchHitSchema>;

/**
 * IPC channels of the customer feature (`domain.verb` → input and output zod schemas), merged
 * into ipcContract. Keep this file to this feature's channels.
 */
export const customerChannels = {
  /** Customers by name (or email) filter, alphabetical; `total` counts every match. */
  'customers.list': {
    input: z.object({ query: z.string().trim().max(200).default(''), limit: z.number().int().min(1).max(1000).default(300) }),
    output: z.object({ customers: z.array(customerListItemSchema), total: z.number().int().nonnegative() }),
  },
  /** Open likely-duplicate pairs (the hub's detection), newest first, at most 200. */
  'customers.duplicates': { input: z.object({}), output: z.array(duplicateReviewItemSchema) },
  /** Everything the Customer 360 shows, from the replica; null when the customer is not there. */
  'customers.get': { input: z.object({ id: idSchema }), output: customer360Schema.nullable() },
  /** A shipment's tracking events, newest first (at most 500). */
  'shipments.timeline': { input: z.object({ shipmentId: idSchema }), output: z.array(trackingEventRowSchema) },
  /** The command palette: tickets, customers, shipments and articles matching what was typed. */
  'search.everything': {
    input: z.object({ query: z.string().trim().max(200), limit: z.number().int().min(1).max(20).default(5) }),
    output: z.array(searchHitSchema),
  },
} as const;
