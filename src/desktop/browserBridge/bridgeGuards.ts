import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a presented token with the secret in constant time. Both sides are hashed first so
 * the comparison length never depends on (or leaks) the secret's length.
 */
export function tokenMatches(secret: string, presented: unknown): boolean {
  if (typeof presented !== 'string' || presented.length === 0) return false;
  const a = createHash('sha256').update(secret).digest();
  const b = createHash('sha256').update(presented).digest();
  return timingSafeEqual(a, b);
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * DNS-rebinding guard: a page on evil.example that re-points its name at 127.0.0.1 still
 * sends `Host: evil.example`, so only loopback names (with our port, if any) are accepted.
 */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader.trim().toLowerCase());
  if (!match) return false;
  const [, name, portText] = match;
  if (!name || !loopbackHosts.has(name)) return false;
  return portText === undefined || Number(portText) === port;
}
