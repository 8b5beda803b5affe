import {
  channelMessagePayloads,
  logisticsPayloads,
  parseX12Shipment214,
  toInboundMessage,
  trackingEventFromJson,
  trackingEventsFromX12,
  warehouseEventPayloadSchema,
  type ChannelPayload,
  type JsonChannel,
} from '../../core/ingest';
import { describeZodError } from '../describeZodError';
import { parseEmail } from './email/parseEmail';
import { invoiceIngestHandler } from '../invoices/invoiceIngestHandler';
import type { IngestHandler, Prepared } from './IngestHandler';
import type { IngestOptions } from './IngestOptions';
import type { IngestWriters } from './IngestWriters';
import { parseJsonBody } from './parseJsonBody';
import { validateBatch, type ValidatedBatch } from './validateBatch';
import type { WebhookSource } from './webhookSources';

const JSON_TYPES = ['application/json'] as const;

/** Every ingest source's validation, wired to the writers that store what it accepts. */
export function createIngestHandlers(writers: IngestWriters, options: IngestOptions): Record<WebhookSource, IngestHandler> {
  const channel = (name: JsonChannel): IngestHandler => ({
    contentTypes: JSON_TYPES,
    prepare(body) {
      const json = parseJsonBody(body);
      if (!json.ok) return { ok: false, status: 400, message: json.reason };
      const parsed = channelMessagePayloads[name].safeParse(json.value);
      if (!parsed.success) return { ok: false, status: 400, message: `Invalid ${name} payload: ${describeZodError(parsed.error)}` };
      const message = toInboundMessage({ channel: name, payload: parsed.data } as ChannelPayload);
      return { ok: true, ack: { accepted: 1 }, run: () => writers.message(message) };
    },
  });

  const batch = <T>(validated: ValidatedBatch<T> | { error: string }, run: (items: ValidatedBatch<T>['items']) => Promise<Record<string, unknown>>): Prepared => {
    if ('error' in validated) return { ok: false, status: 400, message: validated.error };
    if (validated.items.length === 0) {
      return { ok: false, status: 400, message: 'No valid item in the batch.', details: { accepted: 0, rejected: validated.rejected } };
    }
    return { ok: true, ack: { accepted: validated.items.length, rejected: validated.rejected }, run: () => run(validated.items) };
  };
  const jsonBatch = (feed: 'orders' | 'shipments' | 'tracking'): IngestHandler => ({
    contentTypes: JSON_TYPES,
    prepare(body) {
      const json = parseJsonBody(body);
      if (!json.ok) return { ok: false, status: 400, message: json.reason };
      switch (feed) {
        case 'orders':
          return batch(validateBatch(logisticsPayloads.orders, json.value), (items) => writers.orders(items));
        case 'shipments':
          return batch(validateBatch(logisticsPayloads.shipments, json.value), (items) => writers.shipments(items));
        case 'tracking':
          return batch(validateBatch(logisticsPayloads.tracking, json.value), (items) =>
            writers.tracking(items.map(({ index, value }) => ({ index, value: trackingEventFromJson(value) }))),
          );
      }
    },
  });

  return {
    email: {
      contentTypes: ['message/rfc822'],
      prepare(body) {
        // Only a cheap sanity check here: MIME parsing (attachments, charsets) runs after the answer.
        const head = body.subarray(0, 64 * 1024).toString('latin1');
        const headerEnd = head.search(/\r?\n\r?\n/);
        if (headerEnd < 0 || !/^from:/im.test(head.slice(0, headerEnd))) {
          return { ok: false, status: 400, message: 'body is not an RFC 822 message: no header block with a From: header' };
        }
        return { ok: true, ack: { accepted: 1 }, run: async () => writers.email(await parseEmail(body, options.maxAttachmentBytes)) };
      },
    },
    chat: channel('chat'),
    sms: channel('sms'),
    social: channel('social'),
    phone: channel('phone'),
    orders: jsonBatch('orders'),
    shipments: jsonBatch('shipments'),
    tracking: jsonBatch('tracking'),
    invoices: invoiceIngestHandler((items) => writers.invoices(items), options),
    warehouse: {
      contentTypes: JSON_TYPES,
      prepare(body) {
        const json = parseJsonBody(body);
        if (!json.ok) return { ok: false, status: 400, message: json.reason };
        return batch(validateBatch(warehouseEventPayloadSchema, json.value), (items) => writers.warehouse(items));
      },
    },
    x12: {
      contentTypes: ['application/edi-x12', 'text/plain'],
      prepare(body) {
        const parsed = parseX12Shipment214(body.toString('latin1'));
        if (!parsed.ok) return { ok: false, status: 400, message: parsed.reason };
        const events = trackingEventsFromX12(parsed.interchange).map((value, index) => ({ index, value }));
        const errors = parsed.interchange.errors;
        if (events.length === 0) return { ok: false, status: 400, message: 'No shipment status (AT7) could be read.', details: { errors } };
        return { ok: true, ack: { accepted: events.length, errors }, run: () => writers.tracking(events) };
      },
    },
  };
}
