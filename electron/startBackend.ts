import { join } from 'node:path';
import type { DemoLogin, FirstRunAdmin } from '../src/core/contract/channels/setupChannels';
import { createDesktopCore, type DesktopCore, type TokenStore } from '../src/desktop/createDesktopCore';
import { checkHubUrl } from '../src/desktop/session/checkHubUrl';
import { embeddedRulesOptions } from '../src/hub/rules/embeddedRulesOptions';
import { demoLoginOf } from '../src/hub/seed/demoLoginOf';
import { demoPasswordsWarning } from '../src/hub/seed/demoPasswordsWarning';
import { embeddedHubSeed } from '../src/hub/seed/embeddedHubSeed';
import { wantsDemoWorld } from '../src/hub/seed/wantsDemoWorld';
import { startHub } from '../src/hub/startHub';
import { firstRunAdminOf } from './firstRunAdmin/firstRunAdminOf';
import { keepAdminLogin } from './firstRunAdmin/keepAdminLogin';
import type { SafeStorageLike } from './tokens/tokenStorageOf';

export interface Backend {
  core: DesktopCore;
  /** The hub this app talks to (the embedded one when none is configured). */
  hubUrl: string;
  close(): Promise<void>;
}

export interface BackendOptions {
  userData: string;
  migrationsRoot: string;
  /** From config.json / RELAY_HUB_URL; absent: start the embedded hub. */
  hubUrl: string | undefined;
  tokenStore: TokenStore;
  /** Encrypts the embedded hub's new admin login on disk (absent: it is only shown, not kept). */
  safeStorage?: SafeStorageLike;
  /** The demo world instead of a fresh install (default: `--demo` in argv or RELAY_DEMO=1). */
  demo?: boolean;
}

/**
 * The desktop core, plus, when no hub is configured, an embedded hub on PGlite in the
 * user-data folder, so a first run shows a working app with no setup. The hub is a fresh install
 * whose admin gets a random password, shown once in the window (setup.firstRunAdmin) and kept
 * encrypted by safeStorage; the demo world (public passwords) only when asked for.
 */
export async function startBackend(options: BackendOptions): Promise<Backend> {
  const { userData, migrationsRoot } = options;
  // Bundled code cannot find migrations relative to its source files: always pass the folder.
  const migrations = (layer: 'hub' | 'local') => join(migrationsRoot, layer);
  // A configured hub on another machine over plain http would carry passwords in clear text.
  let hubUrl = options.hubUrl ? checkHubUrl(options.hubUrl) : undefined;
  let closeHub: () => Promise<void> = async () => undefined;
  let firstRunAdmin: FirstRunAdmin | null = null;
  let demoLogin: DemoLogin | null = null;
  const hubIsEmbedded = !hubUrl;
  if (!hubUrl) {
    const demo = options.demo ?? wantsDemoWorld(process.argv, process.env);
    const hub = await startHub({ dataDir: join(userData, 'hub'), ...embeddedHubSeed(demo), port: 0, migrationsDir: migrations('hub'), rules: embeddedRulesOptions(), duplicates: { intervalMs: 6 * 3_600_000 }, ...(demo ? { carrierSimulator: {} } : {}) });
    hubUrl = hub.url;
    closeHub = () => hub.close();
    const safeStorage = options.safeStorage;
    const keep = (login: { email: string; password: string }) => (safeStorage ? keepAdminLogin(join(userData, 'embedded-admin.bin'), safeStorage, process.platform, login) : null);
    firstRunAdmin = firstRunAdminOf(demo, hub.demoCredentials, keep);
    demoLogin = demoLoginOf(demo, hub.demoCredentials);
    if (demo) {
      console.log(`Relay: embedded hub at ${hub.url}; demo sign-ins:`);
      for (const c of hub.demoCredentials) console.log(`  ${c.email} / ${c.password} (${c.role}, ${c.teamName})`);
      console.warn(`Relay: ${demoPasswordsWarning}`);
    }
  }
  const core = await createDesktopCore({
    dbPath: join(userData, 'replica.sqlite'),
    hubUrl,
    hubIsEmbedded,
    tokenStore: options.tokenStore,
    migrationsFolder: migrations('local'),
    firstRunAdmin,
    demoLogin,
  });
  return {
    core,
    hubUrl,
    async close() {
      await core.close();
      await closeHub();
    },
  };
}
