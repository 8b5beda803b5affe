import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a provider may fetch a file linked from a webhook. */
export const fileUrlLifetimeMs = 7 * 24 * 60 * 60 * 1000;

function mac(secret: string, storageKey: string, expires: number): string {
  return createHmac('sha256', secret).update(`relay-file\n${storageKey}\n${expires}`).digest('hex');
}

/** `<hub>/api/v1/files/<key>?expires=<ms>&sig=<hmac>`: fetchable without a session until it expires. */
export function signFileUrl(publicUrl: string, secret: string, storageKey: string, now: number): string {
  const expires = now + fileUrlLifetimeMs;
  const url = new URL(`/api/v1/files/${storageKey}`, publicUrl);
  url.searchParams.set('expires', String(expires));
  url.searchParams.set('sig', mac(secret, storageKey, expires));
  return url.toString();
}

/** True when `sig` was made by signFileUrl for this key and has not expired. */
export function verifyFileUrl(secret: string, storageKey: string, expires: number, sig: string, now: number): boolean {
  if (!Number.isSafeInteger(expires) || expires < now) return false;
  const want = Buffer.from(mac(secret, storageKey, expires), 'hex');
  const got = Buffer.from(sig, 'hex');
  return got.length === want.length && timingSafeEqual(got, want);
}
