import { signWebhookV2 } from '../ingest/signature/signWebhookV2';

/**
 * Our outbound webhooks are signed like the ones we receive (v2, ingest/README.md): over POST,
 * the provider URL's path and query, the delivery id (the message id), the timestamp and body.
 */
export function signOutboundWebhook(secret: string, url: string, deliveryId: string, timestamp: number, body: string): string {
  const target = new URL(url);
  return signWebhookV2(secret, { method: 'POST', path: `${target.pathname}${target.search}`, deliveryId, timestamp }, body);
}
