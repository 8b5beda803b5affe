import { z } from 'zod';

export const benchNames = ['write', 'flush', 'live', 'reads', 'fanout', 'ingest', 'nodes', 'sync', 'prune', 'visible', 'search'] as const;
export type BenchName = (typeof benchNames)[number];

export interface BenchOptions {
  /** Multiplies every bench's N (1 = the default ~2-minute run). */
  scale: number;
  only: BenchName[];
}

const scaleSchema = z.coerce.number({ error: '--scale must be a number' }).positive('--scale must be a positive number').max(1000);
const onlySchema = z.array(z.enum(benchNames));

const usage = `usage: npm run bench -- [--scale N] [--only ${benchNames.join(',')}]
  --scale N   multiply every N (default 1, or env RELAY_BENCH_SCALE); e.g. 10 for a long run
  --only a,b  run only these benches`;

/** Flags first, then env RELAY_BENCH_SCALE; anything unknown stops the run with the usage. */
export function parseBenchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  let scale: unknown = env.RELAY_BENCH_SCALE ?? 1;
  let only: unknown = [...benchNames];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.split('=', 2);
    const value = (): string => inline ?? argv[++i] ?? '';
    if (flag === '--scale') scale = value();
    else if (flag === '--only') only = value().split(',').filter(Boolean);
    else if (flag === '--help' || flag === '-h') throw new Error(usage);
    else throw new Error(`unknown argument ${arg}\n${usage}`);
  }
  const parsedScale = scaleSchema.safeParse(scale);
  if (!parsedScale.success) throw new Error(`${parsedScale.error.issues[0]?.message ?? 'bad --scale'}\n${usage}`);
  const parsedOnly = onlySchema.safeParse(only);
  if (!parsedOnly.success) throw new Error(`--only takes ${benchNames.join(', ')}\n${usage}`);
  return { scale: parsedScale.data, only: parsedOnly.data };
}
