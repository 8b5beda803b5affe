import { createClient } from 'redis';
import { z } from 'zod';
import type { CounterLimit, LoginCounters, Reservation } from './LoginCounters';

// Check every counter, then count on all of them, in one script: Redis runs it atomically, so
// parallel attempts on any number of hub nodes cannot pass the check together.
const RESERVE = `
for i = 1, #KEYS do
  local n = tonumber(redis.call('GET', KEYS[i]) or '0')
  if n >= tonumber(ARGV[2 * i - 1]) then
    local ttl = redis.call('PTTL', KEYS[i])
    if ttl < 0 then
      redis.call('PEXPIRE', KEYS[i], ARGV[2 * i])
      ttl = tonumber(ARGV[2 * i])
    end
    return {i, ttl}
  end
end
for i = 1, #KEYS do
  if redis.call('INCR', KEYS[i]) == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[2 * i]) end
end
return {0, 0}`;
// DECR keeps the key's expiry; a missing key is left missing (no counter without a TTL).
const RELEASE = `
local n = tonumber(redis.call('GET', KEYS[1]) or '0')
if n > 0 then return redis.call('DECR', KEYS[1]) end
return 0`;

const reserveReply = z.tuple([z.number().int(), z.number().int()]);

/** The part of a node-redis client the counters use. */
interface CounterClient {
  eval(script: string, options: { keys: string[]; arguments?: string[] }): Promise<unknown>;
  del(key: string): Promise<unknown>;
  close(): Promise<unknown>;
}

/**
 * Counters in Redis, shared by every hub node on the same database (keys under the node's Redis
 * key prefix). Each counter is a key with a TTL of its window: Redis expires it, nothing evicts a
 * live one (unless Redis itself is configured to evict keys under memory pressure).
 */
export class RedisLoginCounters implements LoginCounters {
  private constructor(
    private readonly client: CounterClient,
    private readonly prefix: string,
  ) {}

  static async connect(url: string, prefix: string, onError: (error: unknown) => void): Promise<RedisLoginCounters> {
    let started = false;
    // Like the socket adapter: fail the start when Redis is unreachable, retry later drops.
    const client = createClient({
      url,
      socket: { reconnectStrategy: (retries) => (started ? Math.min(100 * 2 ** retries, 5_000) : new Error('cannot reach Redis')) },
    });
    client.on('error', onError);
    try {
      await client.connect();
    } catch (error) {
      client.destroy();
      throw new Error(`Redis login counters: ${error instanceof Error ? error.message : String(error)}`);
    }
    started = true;
    return new RedisLoginCounters(client, prefix);
  }

  async reserve(limits: readonly CounterLimit[]): Promise<Reservation> {
    const reply = reserveReply.parse(
      await this.client.eval(RESERVE, {
        keys: limits.map((l) => this.key(l.key)),
        arguments: limits.flatMap((l) => [String(l.max), String(l.windowMs)]),
      }),
    );
    const [refusedBy, ttl] = reply;
    const limit = limits[refusedBy - 1];
    if (refusedBy === 0 || !limit) return { allowed: true };
    return { allowed: false, key: limit.key, retryAfterMs: ttl };
  }

  async release(key: string): Promise<void> {
    await this.client.eval(RELEASE, { keys: [this.key(key)] });
  }

  async clear(key: string): Promise<void> {
    await this.client.del(this.key(key));
  }

  async close(): Promise<void> {
    await this.client.close().catch(() => undefined);
  }

  private key(key: string): string {
    return `${this.prefix}:login:${key}`;
  }
}
