import { randomBytes } from 'node:crypto';
import type { HubOptions } from '../startHub';

/** The admin an embedded hub is created with (a fresh install, not the demo). */
export const embeddedAdminEmail = 'admin@relay.local';

/**
 * What an embedded hub (browser mode, the desktop app's first run) seeds: the demo world when
 * asked for, else a fresh install whose admin gets a random strong password (144 bits). The
 * password is used only if the database is empty; the hub reports whether it created it.
 */
export function embeddedHubSeed(demo: boolean, randomPassword: () => string = () => randomBytes(18).toString('base64url')): Pick<HubOptions, 'seed' | 'seedAdmin'> {
  if (demo) return { seed: 'demo' };
  return { seed: 'install', seedAdmin: { email: embeddedAdminEmail, password: randomPassword(), name: 'Administrator' } };
}
