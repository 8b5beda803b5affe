import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HubStore } from '../store/openStore';
import { hubSettings } from '../store/schema';
import { eq } from 'drizzle-orm';

const SETTING_KEY = 'token_secret';

function generate(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The token-signing secret, in order: the option, env RELAY_HUB_SECRET, then one kept with the
 * data so tokens survive restarts: `<dataDir>/secret` (0600) for PGlite, the `hub_settings`
 * table for PostgreSQL (several hub nodes must share it). ':memory:' gets a fresh random one.
 */
export async function resolveSecret(given: string | undefined, store: HubStore, dataDir: string | null): Promise<string> {
  const explicit = given ?? process.env.RELAY_HUB_SECRET;
  if (explicit) return explicit;
  if (store.kind === 'postgres') {
    await store.db.insert(hubSettings).values({ key: SETTING_KEY, value: generate() }).onConflictDoNothing();
    const [row] = await store.db.select().from(hubSettings).where(eq(hubSettings.key, SETTING_KEY));
    if (!row) throw new Error('could not read the token secret from hub_settings');
    return row.value;
  }
  if (dataDir === null || dataDir === ':memory:') return generate();
  const file = join(dataDir, 'secret');
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 16) return kept;
  }
  const secret = generate();
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
