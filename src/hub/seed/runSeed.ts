import type { HubContext } from '../HubContext';
import { seedDemo } from './seedDemo';
import { seedInstall, type InstallAdmin } from './seedInstall';
import { seedLarge } from './seedLarge';
import type { SeedLogin } from './SeedLogin';

/**
 * The data sets a hub can seed itself with on an empty database. `install`: one team and an
 * admin with the given password (embedded hubs unless the demo was asked for).
 */
export type HubSeed = 'demo' | 'large' | 'install';

export interface SeedOptions {
  /** Large seed only: 1 = the benchmark scale (50k customers, 200k shipments…). */
  scale?: number;
  /** Large seed only: progress lines (the CLI prints them). */
  progress?: (line: string) => void;
  /** Install seed only: the admin login to create. */
  admin?: InstallAdmin;
}

/** Seeds `seed` (or nothing) and returns the demo logins present afterwards. */
export async function runSeed(ctx: HubContext, seed: HubSeed | null, options: SeedOptions = {}): Promise<SeedLogin[]> {
  if (seed === 'demo') return seedDemo(ctx);
  if (seed === 'large') return seedLarge(ctx, options);
  if (seed === 'install') {
    if (!options.admin) throw new Error('seed "install" needs the admin login to create (seedAdmin)');
    return seedInstall(ctx, options.admin);
  }
  return [];
}
