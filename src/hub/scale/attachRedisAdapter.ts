import { createHash } from 'node:crypto';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { FastifyBaseLogger } from 'fastify';
import type { HubIo } from '../sync/HubSocket';

export interface RedisAdapterHandle {
  /** The pub/sub channel prefix in use (the adapter's `key`). */
  key: string;
  close(): Promise<void>;
}

/**
 * The default channel prefix: derived from the database the hub writes to, so hub nodes over
 * one database share live traffic and hubs over different databases (tests, tenants) never do.
 */
export function defaultRedisKey(databaseIdentity: string): string {
  return `relay:${createHash('sha256').update(databaseIdentity).digest('hex').slice(0, 16)}`;
}

/**
 * Puts socket.io on the Redis adapter, so `io.to(room).emit` and `io.in(room).disconnectSockets`
 * reach sockets on every hub node. Two node-redis clients: one publishes, one is held in
 * subscribed mode. Fails the start when Redis cannot be reached (a node that silently stays
 * single-node would deliver nothing from its peers).
 */
export async function attachRedisAdapter(
  io: HubIo,
  url: string,
  key: string,
  log: FastifyBaseLogger,
): Promise<RedisAdapterHandle> {
  // No endless reconnect loop at start: the first failure rejects connect(); later drops retry.
  let started = false;
  const reconnectStrategy = (retries: number): number | Error =>
    started ? Math.min(100 * 2 ** retries, 5_000) : new Error(`cannot reach Redis at ${redactUrl(url)}`);
  const pub = createClient({ url, socket: { reconnectStrategy } });
  const sub = pub.duplicate();
  const onError = (error: unknown): void => log.error({ err: error }, 'redis adapter connection error');
  pub.on('error', onError);
  sub.on('error', onError);
  try {
    await Promise.all([pub.connect(), sub.connect()]);
  } catch (error) {
    pub.destroy();
    sub.destroy();
    throw new Error(`Redis adapter: ${error instanceof Error ? error.message : String(error)}`);
  }
  started = true;
  io.adapter(createAdapter(pub, sub, { key }));
  return {
    key,
    async close() {
      await Promise.allSettled([pub.close(), sub.close()]);
    },
  };
}

/** The URL without its password, for messages. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured URL';
  }
}
