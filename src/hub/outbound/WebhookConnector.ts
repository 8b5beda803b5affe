import { z } from 'zod';
import { OutboundError } from './OutboundError';
import type { OutboundConnector, OutboundMessage, SendReceipt } from './OutboundMessage';
import { signOutboundWebhook } from './signOutboundWebhook';

export interface WebhookOptions {
  /** The provider's endpoint (an SMS gateway, chat widget backend, social inbox). */
  url: string;
  secret: string;
  timeoutMs?: number;
  /** Seconds clock for the signature timestamp (tests inject one). */
  nowSeconds?: () => number;
  /** A signed, expiring URL the provider can fetch a file from (blobs/signFileUrl); without it files cannot be sent. */
  fileUrl?: (storageKey: string) => string;
}

const receiptSchema = z.object({ id: z.string().min(1).max(1000) }).partial();

/**
 * SMS, chat and social by signed webhook: POST JSON, headers `x-relay-timestamp` (unix s),
 * `x-relay-delivery` (the message id) and `x-relay-signature: v2=<hex>` (signOutboundWebhook).
 * 2xx = sent; 408/429/5xx and network errors are transient; any other 4xx is final with the provider's reason.
 */
export class WebhookConnector implements OutboundConnector {
  constructor(private readonly options: WebhookOptions) {}

  async send(message: OutboundMessage): Promise<SendReceipt> {
    const files = message.attachments ?? [];
    const fileUrl = this.options.fileUrl;
    if (files.length > 0 && !fileUrl) {
      throw new OutboundError('This message has attachments but the hub has no public address to link them from (set RELAY_PUBLIC_URL).', true);
    }
    const body = JSON.stringify({
      messageId: message.messageId,
      ticketId: message.ticketId,
      ticketNumber: message.ticketNumber,
      channel: message.channel,
      to: message.to,
      body: message.body,
      ...(files.length > 0 && fileUrl ? { attachments: files.map((f) => ({ name: f.name, contentType: f.contentType, size: f.size, url: fileUrl(f.storageKey) })) } : {}),
    });
    const timestamp = this.options.nowSeconds?.() ?? Math.floor(Date.now() / 1000);
    let response: Response;
    try {
      response = await fetch(this.options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-relay-timestamp': String(timestamp),
          'x-relay-delivery': message.messageId,
          'x-relay-signature': signOutboundWebhook(this.options.secret, this.options.url, message.messageId, timestamp, body),
          // Providers dedupe retries on this.
          'idempotency-key': message.messageId,
        },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new OutboundError(`Webhook unreachable: ${error instanceof Error ? error.message : String(error)}`, false);
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      const transient = response.status >= 500 || response.status === 408 || response.status === 429;
      throw new OutboundError(`Provider answered ${response.status}: ${text.slice(0, 500)}`, !transient);
    }
    let id: string | undefined;
    try {
      id = receiptSchema.parse(JSON.parse(text)).id;
    } catch {
      id = undefined;
    }
    return { externalId: id ?? message.messageId };
  }
}
