import { createHmac, timingSafeEqual } from 'node:crypto';

/** `v1=<hex HMAC-SHA256 of "${timestamp}.${body}">`: what receivers check our webhooks with. */
export function signOutboundWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Constant-time check of a signature header against the body and timestamp. */
export function verifyOutboundWebhook(secret: string, timestamp: number, body: string, header: string): boolean {
  const expected = Buffer.from(signOutboundWebhook(secret, timestamp, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
