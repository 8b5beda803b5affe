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
