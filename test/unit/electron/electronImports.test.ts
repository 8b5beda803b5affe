import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const electronDir = resolve(import.meta.dirname, '../../../electron');
/** The only files that may load Electron: the entry points and the thin wiring under wire/. */
const allowed = (file: string) => file === 'main.ts' || file === 'preload.ts' || file.startsWith('wire/');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('electron/ layout', () => {
  it('keeps every decision Electron-free (so it can be unit-tested here, without the binary)', () => {
    const importsElectron = /from\s+['"]electron(?:\/[^'"]*)?['"]|import\(\s*['"]electron['"]\s*\)|require\(\s*['"]electron['"]\s*\)/;
    const offenders = sources(electronDir)
      .map((file) => relative(electronDir, file).replaceAll('\\', '/'))
      .filter((file) => !allowed(file) && importsElectron.test(readFileSync(join(electronDir, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
