import type { FastifyBaseLogger } from 'fastify';
import type { RedisTarget } from '../../scale/resolveRedisTarget';
import type { LoginCounters } from './LoginCounters';
import { MemoryLoginCounters } from './MemoryLoginCounters';
import { RedisLoginCounters } from './RedisLoginCounters';

/** Sign-in counters in Redis when this node scales out through it (shared by all nodes), else in memory. */
export async function openLoginCounters(redis: RedisTarget | null, log: FastifyBaseLogger): Promise<LoginCounters> {
  if (!redis) return new MemoryLoginCounters();
  return RedisLoginCounters.connect(redis.url, redis.key, (error) => log.error({ err: error }, 'redis login counters connection error'));
}
