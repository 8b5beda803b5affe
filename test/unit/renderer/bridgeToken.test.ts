import { describe, expect, it } from 'vitest';
import { takeBridgeToken } from '../../../src/renderer/bridge/bridgeToken';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('takeBridgeToken', () => {
  it('takes the token from the hash, keeps it for the tab and strips it from the address bar', () => {
    const storage = memoryStorage();
    const urls: string[] = [];
    const token = takeBridgeToken({
      location: { hash: '#token=abc123', pathname: '/', search: '?x=1' },
      storage,
      replaceUrl: (u) => urls.push(u),
    });
    expect(token).toBe('abc123');
    expect(urls).toEqual(['/?x=1']);
    // A reload has no hash any more: the tab's storage still knows the token.
    const again = takeBridgeToken({ location: { hash: '', pathname: '/', search: '' }, storage, replaceUrl: (u) => urls.push(u) });
    expect(again).toBe('abc123');
    expect(urls).toHaveLength(1);
  });

  it('returns null when neither the hash nor the tab has a token', () => {
    const token = takeBridgeToken({
      location: { hash: '#other=1', pathname: '/', search: '' },
      storage: memoryStorage(),
      replaceUrl: () => {
        throw new Error('must not touch the URL');
      },
    });
    expect(token).toBeNull();
  });
});
