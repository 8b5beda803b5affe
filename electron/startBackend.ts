import { join } from 'node:path';
import { createDesktopCore, type DesktopCore, type TokenStore } from '../src/desktop/createDesktopCore';
import { embeddedRulesOptions } from '../src/hub/rules/embeddedRulesOptions';
import { startHub } from '../src/hub/startHub';

export interface Backend {
  core: DesktopCore;
  /** The hub this app talks to (the embedded one when none is configured). */
  hubUrl: string;
  close(): Promise<void>;
}

export interface BackendOptions {
  userData: string;
  migrationsRoot: string;
  /** From config.json / RELAY_HUB_URL; absent: start the embedded demo hub. */
  hubUrl: string | undefined;
  tokenStore: TokenStore;
}

/**
 * The desktop core, plus, when no hub is configured, an embedded hub on PGlite in the
 * user-data folder with demo data, so a first run shows a working app with no setup.
 */
export async function startBackend(options: BackendOptions): Promise<Backend> {
  const { userData, migrationsRoot } = options;
  // Bundled code cannot find migrations relative to its source files: always pass the folder.
  const migrations = (layer: 'hub' | 'local') => join(migrationsRoot, layer);
  let hubUrl = options.hubUrl;
  let closeHub: () => Promise<void> = async () => undefined;
  const hubIsEmbedded = !hubUrl;
  if (!hubUrl) {
    const hub = await startHub({ dataDir: join(userData, 'hub'), seed: 'demo', port: 0, migrationsDir: migrations('hub'), rules: embeddedRulesOptions() });
    hubUrl = hub.url;
    closeHub = () => hub.close();
    console.log(`Relay: embedded hub at ${hub.url}; demo sign-ins:`);
    for (const c of hub.demoCredentials) console.log(`  ${c.email} / ${c.password} (${c.role}, ${c.teamName})`);
  }
  const core = await createDesktopCore({
    dbPath: join(userData, 'replica.sqlite'),
    hubUrl,
    hubIsEmbedded,
    tokenStore: options.tokenStore,
    migrationsFolder: migrations('local'),
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
