import { randomInt } from 'node:crypto';

// No look-alikes (0/O, 1/l/I), so a password read off a screen types right the first time.
const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password for an invite or reset: 16 characters (~92 bits), groups of four joined by '-'. */
export function generatePassword(): string {
  const chars = Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
