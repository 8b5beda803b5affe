import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TOKEN_LIFETIME_MS, TokenSigner } from '../../../../src/hub/auth/TokenSigner';

const agentId = '01934a6e-7c1a-7d3e-9b2f-5a6c7d8e9f01';
const secret = 'a-test-secret-of-enough-length';
const signer = new TokenSigner(secret);
const now = Date.UTC(2026, 10, 23, 12, 0, 0);

describe('TokenSigner', () => {
  it('signs a compact v1 token that verifies to its agent', () => {
    const token = signer.sign(agentId, 0, now);
    expect(token).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const check = signer.verify(token, now + 1000);
    expect(check).toMatchObject({ ok: true, agentId });
    if (check.ok) expect(check.payload.exp - check.payload.iat).toBe(TOKEN_LIFETIME_MS / 1000);
  });

  it('carries the agent’s token version and a token id unique to each token', () => {
    const first = signer.verify(signer.sign(agentId, 3, now), now);
    const second = signer.verify(signer.sign(agentId, 3, now), now);
    if (!first.ok || !second.ok) throw new Error('tokens did not verify');
    expect(first.payload.ver).toBe(3);
    expect(first.payload.jti).not.toBe(second.payload.jti);
  });

  it('refuses the token once it has expired', () => {
    const token = signer.sign(agentId, 0, now);
    expect(signer.verify(token, now + TOKEN_LIFETIME_MS - 1000).ok).toBe(true);
    expect(signer.verify(token, now + TOKEN_LIFETIME_MS)).toEqual({ ok: false, reason: 'token expired' });
  });

  it('refuses a token whose payload or signature was changed', () => {
    const [v, payload, sig] = signer.sign(agentId, 0, now).split('.') as [string, string, string];
    const json = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { exp: number };
    const longer = Buffer.from(JSON.stringify({ ...json, exp: json.exp + 1_000_000 })).toString('base64url');
    expect(signer.verify(`${v}.${longer}.${sig}`, now)).toEqual({ ok: false, reason: 'bad signature' });
    const flipped = `${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(signer.verify(`${v}.${payload}.${flipped}`, now)).toEqual({ ok: false, reason: 'bad signature' });
    expect(signer.verify(`${v}.${payload}.${sig}x`, now).ok).toBe(false);
  });

  it('refuses a token signed with another secret', () => {
    const other = new TokenSigner('another-secret-of-enough-length');
    expect(signer.verify(other.sign(agentId, 0, now), now)).toEqual({ ok: false, reason: 'bad signature' });
  });

  it('refuses malformed tokens without throwing', () => {
    for (const bad of ['', 'garbage', 'v2.a.b', 'v1.a', 'v1.a.b.c']) {
      expect(signer.verify(bad, now)).toEqual({ ok: false, reason: expect.any(String) });
    }
  });

  it('refuses a validly signed payload that is not a token payload', () => {
    const weird = Buffer.from(JSON.stringify({ sub: 'not-a-uuid', iat: 1, exp: 9e9, ver: 0, jti: 'x' })).toString('base64url');
    // Signed with the real secret, to prove the payload is checked even when the signature holds.
    const sig = createHmac('sha256', secret).update(`v1.${weird}`).digest('base64url');
    expect(signer.verify(`v1.${weird}.${sig}`, now)).toEqual({ ok: false, reason: 'malformed token (sign in again)' });
  });

  it('refuses a token signed before sessions were revocable (no version, no id)', () => {
    const old = Buffer.from(JSON.stringify({ sub: agentId, iat: now / 1000, exp: now / 1000 + 60 })).toString('base64url');
    const sig = createHmac('sha256', secret).update(`v1.${old}`).digest('base64url');
    expect(signer.verify(`v1.${old}.${sig}`, now)).toEqual({ ok: false, reason: 'malformed token (sign in again)' });
  });

  it('insists on a secret of reasonable length', () => {
    expect(() => new TokenSigner('short')).toThrow(/at least 16/);
  });
});
