import { createHmac } from 'node:crypto';

/** What a v2 signature binds besides the body: the request line, the delivery and the time. */
export interface SignedRequest {
  /** Upper-case HTTP method, e.g. POST. */
  method: string;
  /** The request target as the receiver sees it: path plus query, e.g. /api/v1/ingest/orders. */
  path: string;
  deliveryId: string;
  /** Unix seconds, as sent in x-relay-timestamp. */
  timestamp: number | string;
}

/**
 * `v2=` + hex HMAC-SHA256 over `v2\n${METHOD}\n${path}\n${deliveryId}\n${timestamp}\n` + rawBody.
 * The path names the source and the delivery id is inside, so a captured request cannot be
 * replayed under another delivery id or against another source (ingest/README.md, worked example).
 */
export function signWebhookV2(secret: string, request: SignedRequest, rawBody: Buffer | string): string {
  const head = `v2\n${request.method.toUpperCase()}\n${request.path}\n${request.deliveryId}\n${request.timestamp}\n`;
  return `v2=${createHmac('sha256', secret).update(head).update(rawBody).digest('hex')}`;
}
