/** Longer than any link worth following; refusing them keeps odd payloads away from the OS shell. */
const MAX_URL_LENGTH = 4096;

/**
 * The URL to hand to the system browser, or null to open nothing. Only absolute http(s) URLs
 * with a host and no embedded credentials qualify: never file:, javascript:, custom protocols
 * (which would launch other apps) or relay: (which would loop back into us).
 */
export function externalUrlToOpen(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}
