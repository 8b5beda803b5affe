import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronAddonDirEnv, nativeBindingFor } from '../../../../src/desktop/db/nativeBindingFor';

const root = resolve(import.meta.dirname, '../../../..');

const addonDir = join('/repo', 'node_modules', '.relay-electron', 'better-sqlite3');
const built = join(addonDir, '45.4.1', 'better_sqlite3.node');

describe('nativeBindingFor', () => {
  it('loads the Electron build from the folder when running inside Electron', () => {
    const exists = (path: string) => path === built;
    expect(nativeBindingFor({ versions: { electron: '45.4.1' }, addonDir, exists })).toEqual({ nativeBinding: built });
  });

  it('keeps the default (Node) build in Node and in a packaged app', () => {
    const exists = () => true;
    expect(nativeBindingFor({ versions: {}, addonDir, exists })).toEqual({});
    expect(nativeBindingFor({ versions: { electron: '45.4.1' }, addonDir: undefined, exists })).toEqual({});
  });

  it('names the missing build and the fix instead of a NODE_MODULE_VERSION crash', () => {
    const exists = (path: string) => path === built;
    expect(() => nativeBindingFor({ versions: { electron: '46.0.0' }, addonDir, exists })).toThrow(
      `better-sqlite3 has no build for Electron 46.0.0 (expected ${join(addonDir, '46.0.0', 'better_sqlite3.node')}). Start Relay with \`npm start\`, which builds it.`,
    );
  });
});

/**
 * openReplica in a child process that looks like Electron's main process (process.versions.electron
 * set, as Electron's Node reports it), with the addon folder the shell passes in the environment.
 */
function openReplicaAsElectron(addonDir: string): { status: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'relay-binding-'));
  const script = join(dir, 'open.mts');
  writeFileSync(
    script,
    [
      `import { existsSync, readFileSync } from 'node:fs';`,
      `import { openReplica } from ${JSON.stringify(join(root, 'src/desktop/db/openReplica.ts'))};`,
      `Object.defineProperty(process, 'versions', { value: { ...process.versions, electron: '45.4.1' }, configurable: true });`,
      `const replica = openReplica(${JSON.stringify(join(dir, 'replica.sqlite'))});`,
      `console.log(replica.sqlite.pragma('quick_check', { simple: true }));`,
      // Which copy of the addon the process mapped (Linux shows it; elsewhere say so).
      `console.log(existsSync('/proc/self/maps') ? readFileSync('/proc/self/maps', 'utf8').includes(${JSON.stringify(join(addonDir, '45.4.1'))}) : 'unknown');`,
      `replica.close();`,
    ].join('\n'),
  );
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8', env: { ...process.env, [electronAddonDirEnv]: addonDir } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('openReplica under Electron', () => {
  it('loads better-sqlite3 from the folder npm start builds into', () => {
    const addonDir = mkdtempSync(join(tmpdir(), 'relay-addon-'));
    mkdirSync(join(addonDir, '45.4.1'));
    // Node's own build stands in for Electron's here: the point is which file gets loaded.
    copyFileSync(join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), join(addonDir, '45.4.1', 'better_sqlite3.node'));
    const run = openReplicaAsElectron(addonDir);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')[0]).toBe('ok');
    if (process.platform === 'linux') expect(run.stdout.trim().split('\n')[1]).toBe('true');
  });

  it('stops with the fix named when that build is missing', () => {
    const run = openReplicaAsElectron(mkdtempSync(join(tmpdir(), 'relay-addon-')));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('better-sqlite3 has no build for Electron 45.4.1');
    expect(run.stderr).toContain('Start Relay with `npm start`, which builds it.');
  });
});
