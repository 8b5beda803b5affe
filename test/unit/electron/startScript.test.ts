import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../e2e/electronBinary';

const root = resolve(import.meta.dirname, '../../..');
const binaryPresent = electronBinary(root) !== null;
if (binaryPresent) console.log('startScript test skipped: Electron is installed here, so npm start would open the app');

describe('npm start (scripts/start.mjs)', () => {
  it.skipIf(binaryPresent)('exits 1 and points at npm run browser when the Electron binary is missing', () => {
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], { cwd: root, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Electron's binary is not installed on this machine");
    expect(run.stderr).toContain('npm run browser');
  });
});
