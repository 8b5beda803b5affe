import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const TOKEN_VERSION = 'v1';
export const TOKEN_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

const payloadSchema = z.object({
  sub: z.uuid(),
  /** Seconds since epoch, like JWT. */
  iat: z.number().int(),
  exp: z.number().int(),
  /** The agent's token_version when signed: bumping it (sign out everywhere, password change) revokes every older token. */
  ver: z.number().int().min(0),
  /** This token's id: sign-out revokes just this one (revoked_tokens). */
  jti: z.string().min(1).max(64),
});
export type TokenPayload = z.infer<typeof payloadSchema>;

export type TokenCheck = { ok: true; agentId: string; payload: TokenPayload } | { ok: false; reason: string };

/**
 * Signs and verifies the hub's bearer tokens: `v1.<b64url JSON payload>.<b64url HMAC-SHA256>`.
 * The signature proves the payload; whether the session still stands (version, revoked id,
 * active agent) is checked against the store on every use (loadActiveAgent).
 */
export class TokenSigner {
  constructor(private readonly secret: string) {
    if (secret.length < 16) throw new Error('token secret must be at least 16 characters');
  }

  sign(agentId: string, tokenVersion: number, now: number = Date.now()): string {
    const iat = Math.floor(now / 1000);
    const payload: TokenPayload = { sub: agentId, iat, exp: iat + TOKEN_LIFETIME_MS / 1000, ver: tokenVersion, jti: randomUUID() };
    const body = `${TOKEN_VERSION}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    return `${body}.${this.mac(body).toString('base64url')}`;
  }

  verify(token: string, now: number = Date.now()): TokenCheck {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== TOKEN_VERSION) return { ok: false, reason: 'malformed token' };
    const [version, body, sig] = parts as [string, string, string];
    const expected = this.mac(`${version}.${body}`);
    const given = Buffer.from(sig, 'base64url');
    // Length check first: timingSafeEqual throws on unequal lengths; the length is not secret.
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { ok: false, reason: 'bad signature' };
    }
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed token' };
    }
    const payload = payloadSchema.safeParse(decoded);
    // Tokens signed before sessions were revocable lack ver/jti: their holders sign in again.
    if (!payload.success) return { ok: false, reason: 'malformed token (sign in again)' };
    if (payload.data.exp * 1000 <= now) return { ok: false, reason: 'token expired' };
    return { ok: true, agentId: payload.data.sub, payload: payload.data };
  }

  private mac(data: string): Buffer {
    return createHmac('sha256', this.secret).update(data).digest();
  }
}
