const storageKey = 'relay.bridgeToken';

export interface TokenSources {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  replaceUrl(url: string): void;
}

/**
 * Browser mode's per-run secret arrives as `#token=…`. It moves to sessionStorage and leaves
 * the address bar at once, so it is not bookmarked, shared in a screenshot or kept in history.
 */
export function takeBridgeToken({ location, storage, replaceUrl }: TokenSources): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    storage.setItem(storageKey, fromHash);
    replaceUrl(location.pathname + location.search);
    return fromHash;
  }
  return storage.getItem(storageKey);
}
