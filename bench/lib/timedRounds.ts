import { summarize, type LatencySummary } from './stats';
import { nowMs } from './timer';

/** Latency of `rounds` sequential runs after `warmup` untimed ones (caches and JIT settle first). */
export async function timedRounds(rounds: number, run: (i: number) => Promise<unknown>, warmup = 10): Promise<LatencySummary> {
  const samples: number[] = [];
  for (let i = 0; i < rounds + warmup; i++) {
    const start = nowMs();
    await run(i);
    if (i >= warmup) samples.push(nowMs() - start);
  }
  return summarize(samples);
}
