import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../../src/desktop/browserBridge/isLoopbackHost';
import { tokenMatches } from '../../../src/desktop/browserBridge/tokenMatches';

describe('isLoopbackHost', () => {
  it('accepts loopback names on our port, or with no port', () => {
    for (const host of ['127.0.0.1:5180', 'localhost:5180', '[::1]:5180', 'LOCALHOST:5180', '127.0.0.1']) {
      expect(isLoopbackHost(host, 5180)).toBe(true);
    }
  });

  it('refuses other names, other ports and malformed headers', () => {
    for (const host of [undefined, '', 'evil.example:5180', '127.0.0.1.evil.example:5180', '127.0.0.1:5181', '0.0.0.0:5180', '127.0.0.1:5180:1', 'localhost:abc']) {
      expect(isLoopbackHost(host, 5180)).toBe(false);
    }
  });
});

describe('tokenMatches', () => {
  it('matches only the exact secret', () => {
    expect(tokenMatches('s3cret', 's3cret')).toBe(true);
    expect(tokenMatches('s3cret', 's3cre')).toBe(false);
    expect(tokenMatches('s3cret', 's3cret ')).toBe(false);
    expect(tokenMatches('s3cret', '')).toBe(false);
    expect(tokenMatches('s3cret', undefined)).toBe(false);
    expect(tokenMatches('s3cret', ['s3cret'])).toBe(false);
  });
});
