import type { TokenStore } from './TokenStore';

/** Keeps the token for this process only. */
export function memoryTokenStore(initial: string | null = null): TokenStore {
  let token = initial;
  return {
    load: () => token,
    save: (next) => {
      token = next;
    },
  };
}
