import type { FastifyRequest } from 'fastify';
import { verifyWebhookSignature, type SignatureCheck } from './verifyWebhookSignature';

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The signature check of a Fastify request: headers, method and path (with query) as received. */
export function verifySignedRequest(request: FastifyRequest, secret: string, rawBody: Buffer, nowMs: number, acceptV1: boolean): SignatureCheck {
  return verifyWebhookSignature(
    secret,
    { timestamp: header(request, 'x-relay-timestamp'), signature: header(request, 'x-relay-signature'), deliveryId: header(request, 'x-relay-delivery') },
    rawBody,
    nowMs,
    { method: request.method, path: request.url, acceptV1 },
  );
}
