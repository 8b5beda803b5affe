import type { HubContext } from '../HubContext';
import type { RunningHub } from '../startHub';
import { seedDemo } from './seedDemo';
import { seedLarge } from './seedLarge';

/** The data sets a hub can seed itself with on an empty database. */
export type HubSeed = 'demo' | 'large';

export interface SeedOptions {
  /** Large seed only: 1 = the benchmark scale (50k customers, 200k shipments…). */
  scale?: number;
  /** Large seed only: progress lines (the CLI prints them). */
  progress?: (line: string) => void;
}

/** Seeds `seed` (or nothing) and returns the demo logins present afterwards. */
export async function runSeed(ctx: HubContext, seed: HubSeed | null, options: SeedOptions = {}): Promise<RunningHub['demoCredentials']> {
  if (seed === 'demo') return seedDemo(ctx);
  if (seed === 'large') return seedLarge(ctx, options);
  return [];
}
