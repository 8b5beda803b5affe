import { randomUUID } from 'node:crypto';
import { signWebhookV2 } from '../../src/hub/ingest/signature/signWebhookV2';

/** POSTs one signed (v2) delivery to an ingest source; resolves with its id once the hub answered 202. */
export async function postSignedDelivery(hubUrl: string, secret: string, source: string, items: unknown): Promise<string> {
  const deliveryId = randomUUID();
  const timestamp = Math.floor(Date.now() / 1000);
  const body = JSON.stringify(items);
  const path = `/api/v1/ingest/${source}`;
  const signature = signWebhookV2(secret, { method: 'POST', path, deliveryId, timestamp }, body);
  const res = await fetch(`${hubUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-relay-timestamp': String(timestamp), 'x-relay-delivery': deliveryId, 'x-relay-signature': signature },
    body,
  });
  if (res.status !== 202) throw new Error(`bench: ingest ${source} answered ${res.status}: ${await res.text()}`);
  return deliveryId;
}

/** The stored status of a delivery ('queued' | 'done' | 'failed' …), read through the signed status route. */
export async function signedDeliveryStatus(hubUrl: string, secret: string, source: string, deliveryId: string): Promise<string | null> {
  const timestamp = Math.floor(Date.now() / 1000);
  const path = `/api/v1/ingest/${source}/deliveries/${deliveryId}`;
  const res = await fetch(`${hubUrl}${path}`, {
    headers: { 'x-relay-timestamp': String(timestamp), 'x-relay-delivery': deliveryId, 'x-relay-signature': signWebhookV2(secret, { method: 'GET', path, deliveryId, timestamp }, '') },
  });
  if (res.status !== 200) return null;
  return ((await res.json()) as { status: string }).status;
}
