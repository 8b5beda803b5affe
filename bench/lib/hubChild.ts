/**
 * A hub in its own process, so its resident memory is its own. Prints one JSON line `{url}`
 * once listening, then runs until SIGTERM. Env: BENCH_HUB_DATABASE_URL (else in-memory
 * PGlite), BENCH_HUB_REDIS_URL (scale-out), BENCH_HUB_SEED=demo|none.
 */
import { startHub } from '../../src/hub/startHub';

const databaseUrl = process.env.BENCH_HUB_DATABASE_URL;
const hub = await startHub({
  ...(databaseUrl ? { databaseUrl } : { dataDir: ':memory:' }),
  redisUrl: process.env.BENCH_HUB_REDIS_URL ?? null,
  seed: process.env.BENCH_HUB_SEED === 'none' ? null : 'demo',
  port: 0,
});
console.log(JSON.stringify({ url: hub.url }));
process.on('SIGTERM', () => {
  void hub.close().then(() => process.exit(0));
});
