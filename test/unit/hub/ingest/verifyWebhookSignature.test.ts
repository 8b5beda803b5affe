import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from '../../../../src/hub/ingest/verifyWebhookSignature';

const secret = 'whsec-test';
const body = Buffer.from('{"a":1}');
const now = 1_790_000_000_000;
const ts = String(now / 1000);
const headers = (over: Partial<Record<'timestamp' | 'signature' | 'deliveryId', string | undefined>> = {}) => ({
  timestamp: ts,
  signature: signWebhook(secret, ts, body),
  deliveryId: 'd-1',
  ...over,
});

describe('verifyWebhookSignature', () => {
  it('accepts a correct signature within the window and returns the delivery id', () => {
    expect(verifyWebhookSignature(secret, headers(), body, now)).toEqual({ ok: true, deliveryId: 'd-1' });
    expect(verifyWebhookSignature(secret, headers({ timestamp: String(now / 1000 - 299) , signature: signWebhook(secret, now / 1000 - 299, body) }), body, now).ok).toBe(true);
  });

  it.each([
    ['missing timestamp', { timestamp: undefined }, /missing x-relay-timestamp/],
    ['missing signature', { signature: undefined }, /missing x-relay-signature/],
    ['missing delivery id', { deliveryId: undefined }, /missing x-relay-delivery/],
    ['delivery id with spaces', { deliveryId: 'a b' }, /x-relay-delivery must be/],
    ['non-numeric timestamp', { timestamp: '2026-11-23' }, /unix seconds/],
    ['malformed signature', { signature: 'sha256=abc' }, /v1=<64 hex digits>/],
    ['wrong secret', { signature: signWebhook('other', ts, body) }, /does not match/],
  ])('refuses %s', (_name, over, reason) => {
    const check = verifyWebhookSignature(secret, headers(over), body, now);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(reason);
  });

  it('refuses a timestamp outside ±300 s even with a valid signature for it', () => {
    for (const skew of [301, -301]) {
      const t = String(now / 1000 + skew);
      const check = verifyWebhookSignature(secret, headers({ timestamp: t, signature: signWebhook(secret, t, body) }), body, now);
      expect(!check.ok && check.reason).toMatch(/limit ±300 s/);
    }
  });

  it('refuses a body changed after signing', () => {
    const check = verifyWebhookSignature(secret, headers(), Buffer.from('{"a":2}'), now);
    expect(!check.ok && check.reason).toMatch(/does not match/);
  });
});
