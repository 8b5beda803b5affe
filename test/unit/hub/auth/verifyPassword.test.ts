import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../../../src/hub/auth/hashPassword';
import { verifyPassword } from '../../../../src/hub/auth/verifyPassword';

describe('passwords', () => {
  it('hashes with argon2id and a fresh salt each time', async () => {
    const a = await hashPassword('demo-priya');
    const b = await hashPassword('demo-priya');
    expect(a).toMatch(/^\$argon2id\$/);
    expect(a).not.toContain('demo-priya');
    expect(a).not.toBe(b);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('demo-priya');
    expect(await verifyPassword(stored, 'demo-priya')).toBe(true);
    expect(await verifyPassword(stored, 'demo-Priya')).toBe(false);
  });

  it('refuses when there is no hash or the stored hash is corrupt', async () => {
    expect(await verifyPassword(null, 'anything')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });
});
