import { createHmac, timingSafeEqual } from 'node:crypto';

/** Signatures older or newer than this (seconds) are refused: limits replay of a captured request. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type SignatureCheck = { ok: true; deliveryId: string } | { ok: false; reason: string };

export interface SignedHeaders {
  timestamp: string | undefined;
  signature: string | undefined;
  deliveryId: string | undefined;
}

/** `v1=` + hex HMAC-SHA256 over `${timestamp}.${rawBody}`: what senders compute (tests too). */
export function signWebhook(secret: string, timestamp: number | string, rawBody: Buffer | string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
  return `v1=${mac}`;
}

/**
 * Checks the x-relay-timestamp / x-relay-signature / x-relay-delivery headers against the raw
 * body. Compares in constant time over equal-length buffers; the reason names what is wrong.
 */
export function verifyWebhookSignature(secret: string, headers: SignedHeaders, rawBody: Buffer, nowMs: number): SignatureCheck {
  const { timestamp, signature, deliveryId } = headers;
  if (!timestamp) return { ok: false, reason: 'missing x-relay-timestamp header' };
  if (!signature) return { ok: false, reason: 'missing x-relay-signature header' };
  if (!deliveryId) return { ok: false, reason: 'missing x-relay-delivery header' };
  if (!/^[A-Za-z0-9._:-]{1,200}$/.test(deliveryId)) {
    return { ok: false, reason: 'x-relay-delivery must be 1-200 characters of A-Z a-z 0-9 . _ : -' };
  }
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'x-relay-timestamp must be unix seconds' };
  const skew = Math.abs(nowMs / 1000 - Number(timestamp));
  if (skew > SIGNATURE_TOLERANCE_SECONDS) {
    return { ok: false, reason: `x-relay-timestamp is ${Math.round(skew)} s away from the hub's clock (limit ±${SIGNATURE_TOLERANCE_SECONDS} s)` };
  }
  const match = /^v1=([0-9a-f]{64})$/i.exec(signature.trim());
  if (!match?.[1]) return { ok: false, reason: 'x-relay-signature must be "v1=<64 hex digits>"' };
  const expected = Buffer.from(signWebhook(secret, timestamp, rawBody).slice(3), 'hex');
  const given = Buffer.from(match[1], 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'signature does not match the body (check the secret and sign `${timestamp}.${rawBody}`)' };
  }
  return { ok: true, deliveryId };
}
