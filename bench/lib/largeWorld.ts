import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHub } from '../../src/hub/startHub';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Hash of what decides the data set's contents: the seed code and the hub migrations. */
function worldFingerprint(scale: number): string {
  const hash = createHash('sha256').update(`scale=${scale}`);
  for (const dir of ['src/hub/seed', 'migrations/hub']) {
    for (const name of readdirSync(join(repoRoot, dir)).sort()) {
      const path = join(repoRoot, dir, name);
      if (name.endsWith('.ts') || name.endsWith('.sql')) hash.update(name).update(readFileSync(path));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * The `--seed large` world as a PGlite data folder, built once and reused from the OS temp
 * folder (`relay-bench-large-<scale>-<fingerprint>`); a changed seed or migration builds anew.
 * A folder without its `complete` marker (interrupted build) is thrown away.
 */
export async function largeWorld(scale: number, say: (line: string) => void): Promise<{ dataDir: string; built: boolean; buildSeconds: number }> {
  const dataDir = join(tmpdir(), `relay-bench-large-${scale}-${worldFingerprint(scale)}`);
  const marker = join(dataDir, 'complete');
  if (existsSync(marker)) return { dataDir, built: false, buildSeconds: Number(readFileSync(marker, 'utf8')) || 0 };
  rmSync(dataDir, { recursive: true, force: true });
  say(`building the large data set (scale ${scale}) in ${dataDir}; about 5 minutes at scale 1, reused afterwards`);
  const started = Date.now();
  const hub = await startHub({ dataDir, seed: 'large', seedScale: scale, seedProgress: say, port: 0 });
  await hub.close();
  const seconds = (Date.now() - started) / 1000;
  writeFileSync(marker, String(seconds));
  return { dataDir, built: true, buildSeconds: seconds };
}
