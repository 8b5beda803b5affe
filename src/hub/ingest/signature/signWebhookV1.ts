import { createHmac } from 'node:crypto';

/**
 * The legacy `v1=` signature: hex HMAC-SHA256 over `${timestamp}.${rawBody}`. It covers neither
 * the delivery id nor the source, so hubs refuse it unless `acceptWebhookV1` is set.
 */
export function signWebhookV1(secret: string, timestamp: number | string, rawBody: Buffer | string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex')}`;
}
