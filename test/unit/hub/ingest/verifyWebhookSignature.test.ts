import { describe, expect, it } from 'vitest';
import { signWebhookV1 } from '../../../../src/hub/ingest/signature/signWebhookV1';
import { signWebhookV2 } from '../../../../src/hub/ingest/signature/signWebhookV2';
import { verifyWebhookSignature } from '../../../../src/hub/ingest/signature/verifyWebhookSignature';

const secret = 'whsec-test';
const body = Buffer.from('{"a":1}');
const now = 1_790_000_000_000;
const ts = String(now / 1000);
const path = '/api/v1/ingest/orders';
const request = { method: 'POST', path, acceptV1: false };
const v2 = (over: { timestamp?: string; deliveryId?: string; path?: string; method?: string; secret?: string } = {}) =>
  signWebhookV2(over.secret ?? secret, { method: over.method ?? 'POST', path: over.path ?? path, deliveryId: over.deliveryId ?? 'd-1', timestamp: over.timestamp ?? ts }, body);
const headers = (over: Partial<Record<'timestamp' | 'signature' | 'deliveryId', string | undefined>> = {}) => ({
  timestamp: ts,
  signature: v2(),
  deliveryId: 'd-1',
  ...over,
});

describe('verifyWebhookSignature (v2)', () => {
  it('reproduces the worked example of src/hub/ingest/README.md', () => {
    const example = signWebhookV2('whsec_example', { method: 'POST', path: '/api/v1/ingest/orders', deliveryId: 'dlv-0001', timestamp: 1790000000 }, '{"number":"SO-1001","status":"shipped"}');
    expect(example).toBe('v2=80d79388cdcdfb6522669e8d92dc17a5f37e07d98fd89e6a6c360023009881c5');
  });

  it('accepts a correct signature within the window and returns the delivery id and the normalised signature', () => {
    expect(verifyWebhookSignature(secret, headers(), body, now, request)).toEqual({ ok: true, deliveryId: 'd-1', version: 'v2', signature: v2() });
    const early = String(now / 1000 - 299);
    expect(verifyWebhookSignature(secret, headers({ timestamp: early, signature: v2({ timestamp: early }) }), body, now, request).ok).toBe(true);
  });

  it.each([
    ['missing timestamp', { timestamp: undefined }, /missing x-relay-timestamp/],
    ['missing signature', { signature: undefined }, /missing x-relay-signature/],
    ['missing delivery id', { deliveryId: undefined }, /missing x-relay-delivery/],
    ['delivery id with spaces', { deliveryId: 'a b' }, /x-relay-delivery must be/],
    ['non-numeric timestamp', { timestamp: '2026-11-23' }, /unix seconds/],
    ['malformed signature', { signature: 'sha256=abc' }, /v2=<64 hex digits>/],
    ['wrong secret', { signature: v2({ secret: 'other' }) }, /does not match/],
    // What v1 allowed: the same captured request under a new delivery id.
    ['another delivery id', { deliveryId: 'd-2' }, /does not match/],
  ])('refuses %s', (_name, over, reason) => {
    const check = verifyWebhookSignature(secret, headers(over), body, now, request);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(reason);
  });

  it('binds the method and the path: a signature for one source or route does not open another', () => {
    expect(verifyWebhookSignature(secret, headers(), body, now, { ...request, path: '/api/v1/ingest/shipments' }).ok).toBe(false);
    expect(verifyWebhookSignature(secret, headers(), body, now, { ...request, method: 'GET' }).ok).toBe(false);
  });

  it('refuses a timestamp outside ±300 s even with a valid signature for it', () => {
    for (const skew of [301, -301]) {
      const t = String(now / 1000 + skew);
      const check = verifyWebhookSignature(secret, headers({ timestamp: t, signature: v2({ timestamp: t }) }), body, now, request);
      expect(!check.ok && check.reason).toMatch(/limit ±300 s/);
    }
  });

  it('refuses a body changed after signing', () => {
    const check = verifyWebhookSignature(secret, headers(), Buffer.from('{"a":2}'), now, request);
    expect(!check.ok && check.reason).toMatch(/does not match/);
  });

  it('refuses v1 by default and checks it only when the hub accepts v1', () => {
    const v1 = signWebhookV1(secret, ts, body);
    const refused = verifyWebhookSignature(secret, headers({ signature: v1 }), body, now, request);
    expect(!refused.ok && refused.reason).toMatch(/v1 signatures are refused.*RELAY_WEBHOOK_ACCEPT_V1=1/);
    expect(verifyWebhookSignature(secret, headers({ signature: v1 }), body, now, { ...request, acceptV1: true })).toEqual({ ok: true, deliveryId: 'd-1', version: 'v1', signature: v1 });
    const wrong = verifyWebhookSignature(secret, headers({ signature: signWebhookV1('other', ts, body) }), body, now, { ...request, acceptV1: true });
    expect(!wrong.ok && wrong.reason).toMatch(/v1 signature does not match/);
  });
});
