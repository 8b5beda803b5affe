import { createHash } from 'node:crypto';
import { z } from 'zod';
import { webhookSources, type WebhookSource } from './webhookSources';

/** Logistics feeds share one order: a tracking event (or an X12 214) must not overtake the order or shipment upsert it refers to. */
const logisticsSources: readonly WebhookSource[] = ['orders', 'shipments', 'tracking', 'x12', 'warehouse'];

/**
 * An accepted delivery as a job on the `ingest-delivery` queue: only its address (the body stays in
 * webhook_deliveries). Keyed for key_strict_fifo: all logistics feeds in one line, each message
 * channel in its own (messages of one channel keep their threading order; channels run in parallel).
 * The id is derived from the delivery, so queuing the same delivery twice stores one job.
 */
export const deliveryJob = {
  schema: z.object({ source: z.enum(webhookSources), deliveryId: z.string().min(1).max(200) }),
  key: (source: WebhookSource): string => (logisticsSources.includes(source) ? 'logistics' : source),
  id(source: WebhookSource, deliveryId: string): string {
    const hex = createHash('sha256').update(`ingest-delivery\n${source}\n${deliveryId}`).digest('hex');
    // Shaped as a UUID (version 8: custom), which is what pg-boss's id column takes.
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  },
};
