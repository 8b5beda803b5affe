import type { StoreTarget } from '../store/openStore';
import { defaultRedisKey } from './attachRedisAdapter';

export interface RedisTarget {
  url: string;
  key: string;
}

/**
 * Whether this hub node fans live traffic out through Redis: the `redisUrl` option (null = never),
 * else env REDIS_URL — the env only for a PostgreSQL store, since an embedded PGlite store cannot
 * be shared by a second node and must not pick up traffic from unrelated hubs.
 */
export function resolveRedisTarget(
  options: { redisUrl?: string | null; redisKey?: string },
  store: StoreTarget,
): RedisTarget | null {
  if (options.redisUrl === null) return null;
  const url = options.redisUrl ?? (store.kind === 'postgres' ? process.env.REDIS_URL : undefined);
  if (!url) return null;
  return { url, key: options.redisKey ?? defaultRedisKey(store.kind === 'postgres' ? store.url : store.dataDir) };
}
