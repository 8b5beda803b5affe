import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The installed Electron binary, found without loading the `electron` package (whose index
 * tries to download a missing binary). Same rule as scripts/start.mjs.
 */
export function electronBinary(root: string): string | null {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = relative ? join(dir, 'dist', relative) : '';
  return binary && existsSync(binary) ? binary : null;
}
