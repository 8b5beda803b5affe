import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createDesktopCore, type DesktopCore } from '../src/desktop/createDesktopCore';
import { startHub } from '../src/hub/startHub';
import { safeStorageTokenStore } from './safeStorageTokenStore';

export interface Backend {
  core: DesktopCore;
  /** Set when this process runs the embedded hub. */
  hubUrl: string;
  close(): Promise<void>;
}

const configSchema = z.object({ hubUrl: z.url({ protocol: /^https?$/ }).optional() });

/** `<userData>/config.json` may name the team's hub; a broken file is reported, not fatal. */
function configuredHubUrl(userData: string): string | undefined {
  if (process.env['RELAY_HUB_URL']) return process.env['RELAY_HUB_URL'];
  const file = join(userData, 'config.json');
  if (!existsSync(file)) return undefined;
  try {
    const parsed = configSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data.hubUrl;
    console.warn(`Ignoring ${file}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  } catch (error) {
    console.warn(`Ignoring ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return undefined;
}

/**
 * The desktop core, plus, when no hub is configured, an embedded hub on PGlite in the
 * user-data folder with demo data, so a first run shows a working app with no setup.
 */
export async function startBackend(userData: string, migrationsRoot: string): Promise<Backend> {
  // Bundled code cannot find migrations relative to its source files: always pass the folder.
  const migrations = (layer: 'hub' | 'local') => join(migrationsRoot, layer);
  let hubUrl = configuredHubUrl(userData);
  let closeHub: () => Promise<void> = async () => undefined;
  const hubIsEmbedded = !hubUrl;
  if (!hubUrl) {
    const hub = await startHub({ dataDir: join(userData, 'hub'), seed: 'demo', port: 0, migrationsDir: migrations('hub') });
    hubUrl = hub.url;
    closeHub = () => hub.close();
    console.log(`Relay: embedded hub at ${hub.url}; demo sign-ins:`);
    for (const c of hub.demoCredentials) console.log(`  ${c.email} / ${c.password} (${c.role}, ${c.teamName})`);
  }
  const core = await createDesktopCore({
    dbPath: join(userData, 'replica.sqlite'),
    hubUrl,
    hubIsEmbedded,
    tokenStore: safeStorageTokenStore(join(userData, 'session-token.bin')),
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
