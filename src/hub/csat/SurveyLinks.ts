import { createHmac, timingSafeEqual } from 'node:crypto';
import { csatScores, type NotifiableChannel } from '../../core';

/** What a survey link proves: this survey of this ticket, answerable until `expiresAt`. */
export interface SurveyClaim {
  surveyId: string;
  ticketId: string;
  expiresAt: number;
}

export type SurveyTokenCheck = ({ ok: true } & SurveyClaim) | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' };

/** 16-byte survey id, 16-byte ticket id, 6-byte expiry (ms), 16-byte MAC: 72 base64url characters, short enough for a path segment. */
const TOKEN_BYTES = 16 + 16 + 6 + 16;
const tokenPattern = /^[A-Za-z0-9_-]{72}$/;

const uuidBytes = (id: string): Buffer => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidOf = (bytes: Buffer): string => {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/**
 * Signs and checks the links in satisfaction surveys: base64url of survey id, ticket id, expiry
 * and a MAC (HMAC-SHA256 over the three, cut to 128 bits) with a key derived from the hub secret (a survey
 * link can never pass as a session token, nor the reverse). Changing any field breaks the MAC,
 * so a link answers only its own survey of its own ticket, and only until it expires.
 */
export class SurveyLinks {
  private readonly key: Buffer;

  constructor(
    hubSecret: string,
    /** The hub's address as customers reach it (RELAY_PUBLIC_URL), without a trailing slash. */
    readonly baseUrl: string,
  ) {
    this.key = createHmac('sha256', hubSecret).update('relay csat survey links v1').digest();
  }

  token(claim: SurveyClaim): string {
    const expiry = Buffer.alloc(6);
    expiry.writeUIntBE(claim.expiresAt, 0, 6);
    const body = Buffer.concat([uuidBytes(claim.surveyId), uuidBytes(claim.ticketId), expiry]);
    return Buffer.concat([body, this.mac(body)]).toString('base64url');
  }

  /** The links a survey message carries: one per score for email (the page opens with it chosen), one page link elsewhere. */
  linksFor(claim: SurveyClaim, channel: NotifiableChannel): string[] {
    const page = `${this.baseUrl}/survey/${this.token(claim)}`;
    return channel === 'email' ? csatScores.map((score) => `${page}?score=${score}`) : [page];
  }

  check(token: string, now: number): SurveyTokenCheck {
    const bytes = tokenPattern.test(token) ? Buffer.from(token, 'base64url') : null;
    if (!bytes || bytes.length !== TOKEN_BYTES) return { ok: false, reason: 'malformed' };
    const body = bytes.subarray(0, 38);
    // Both are 16 bytes by construction; timingSafeEqual compares without an early exit.
    if (!timingSafeEqual(bytes.subarray(38), this.mac(body))) return { ok: false, reason: 'bad_signature' };
    const expiresAt = body.readUIntBE(32, 6);
    if (now >= expiresAt) return { ok: false, reason: 'expired' };
    return { ok: true, surveyId: uuidOf(body.subarray(0, 16)), ticketId: uuidOf(body.subarray(16, 32)), expiresAt };
  }

  private mac(data: Buffer): Buffer {
    return createHmac('sha256', this.key).update(data).digest().subarray(0, 16);
  }
}
