import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** bench/results (git-ignored). */
const resultsDir = fileURLToPath(new URL('../results', import.meta.url));

/** Writes the run's results as bench/results/<timestamp>.json and returns the path. */
export function writeResults(startedAt: Date, results: unknown): string {
  mkdirSync(resultsDir, { recursive: true });
  const path = join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  return path;
}
