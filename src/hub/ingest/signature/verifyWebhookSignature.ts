import { timingSafeEqual } from 'node:crypto';
import { signWebhookV1 } from './signWebhookV1';
import { signWebhookV2 } from './signWebhookV2';

/** Signatures older or newer than this (seconds) are refused: limits replay of a captured request. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type SignatureCheck =
  | { ok: true; deliveryId: string; version: 'v1' | 'v2'; /** normalised `vN=<hex>`: the seen-signature key */ signature: string }
  | { ok: false; reason: string };

export interface SignedHeaders {
  timestamp: string | undefined;
  signature: string | undefined;
  deliveryId: string | undefined;
}

export interface SignatureContext {
  method: string;
  /** Path plus query as received. */
  path: string;
  /** Accept legacy v1 signatures (hub option `acceptWebhookV1` / RELAY_WEBHOOK_ACCEPT_V1=1). */
  acceptV1: boolean;
}

const hexEqual = (a: string, b: string): boolean => {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Checks the x-relay-timestamp / x-relay-signature / x-relay-delivery headers against the
 * request line and raw body. Compares in constant time; the reason names what is wrong. Replays
 * of a valid signature are caught by the caller with `SeenSignatures`.
 */
export function verifyWebhookSignature(secret: string, headers: SignedHeaders, rawBody: Buffer, nowMs: number, request: SignatureContext): SignatureCheck {
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
  const match = /^(v1|v2)=([0-9a-f]{64})$/i.exec(signature.trim());
  const version = match?.[1]?.toLowerCase();
  const given = match?.[2]?.toLowerCase();
  if (!given || (version !== 'v1' && version !== 'v2')) return { ok: false, reason: 'x-relay-signature must be "v2=<64 hex digits>"' };
  if (version === 'v1') {
    if (!request.acceptV1) {
      return { ok: false, reason: 'v1 signatures are refused by this hub: sign v2 over method, path, delivery id, timestamp and body (or the operator sets RELAY_WEBHOOK_ACCEPT_V1=1)' };
    }
    if (!hexEqual(given, signWebhookV1(secret, timestamp, rawBody).slice(3))) {
      return { ok: false, reason: 'v1 signature does not match the body (check the secret and sign `${timestamp}.${rawBody}`)' };
    }
    return { ok: true, deliveryId, version, signature: `v1=${given}` };
  }
  const expected = signWebhookV2(secret, { method: request.method, path: request.path, deliveryId, timestamp }, rawBody).slice(3);
  if (!hexEqual(given, expected)) {
    return { ok: false, reason: 'signature does not match (check the secret and sign "v2\\n<METHOD>\\n<path>\\n<delivery id>\\n<timestamp>\\n" + body)' };
  }
  return { ok: true, deliveryId, version, signature: `v2=${given}` };
}
