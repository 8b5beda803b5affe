import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPlan, type StartFacts } from '../../../scripts/start/startPlan';

const root = join('/home', 'me', 'relay');
const versionDir = join(root, 'node_modules', '.relay-electron', 'better-sqlite3', '45.4.1');
const facts = (over: Partial<StartFacts> = {}): StartFacts => ({
  root,
  electronBinary: join(root, 'node_modules', 'electron', 'dist', 'electron'),
  electronVersion: '45.4.1',
  betterSqlite3Version: '12.11.1',
  platform: 'darwin',
  arch: 'arm64',
  stamp: { electron: '45.4.1', betterSqlite3: '12.11.1', arch: 'arm64' },
  addonExists: true,
  prebuildInstall: '/pi/bin.js',
  nodeGyp: '/gyp/bin/node-gyp.js',
  node: '/usr/local/bin/node',
  ...over,
});

describe('startPlan (npm start)', () => {
  it('points at npm run browser when the Electron binary is missing', () => {
    const plan = startPlan(facts({ electronBinary: null }));
    expect(plan.kind).toBe('no-electron');
    expect(plan.kind === 'no-electron' && plan.message).toContain("Electron's binary is not installed on this machine");
    expect(plan.kind === 'no-electron' && plan.message).toContain('npm run browser');
  });

  it('starts at once when the Electron build of better-sqlite3 matches', () => {
    expect(startPlan(facts())).toEqual({ kind: 'start', addonDir: join(root, 'node_modules', '.relay-electron', 'better-sqlite3') });
  });

  it('builds once for a new Electron version: a prebuilt download first, then a source build, with the exact commands', () => {
    const plan = startPlan(facts({ electronVersion: '45.4.1', addonExists: false, stamp: null }));
    if (plan.kind !== 'build') throw new Error(`expected a build, got ${plan.kind}`);
    expect(plan.reason).toBe('better-sqlite3 has no build for Electron 45.4.1 yet');
    expect(plan.addonFile).toBe(join(versionDir, 'better_sqlite3.node'));
    expect(plan.stamp).toEqual({ electron: '45.4.1', betterSqlite3: '12.11.1', arch: 'arm64' });
    const stage = join(versionDir, 'stage');
    expect(plan.steps.map((s) => s.shown)).toEqual([
      `cd ${stage} && /usr/local/bin/node /pi/bin.js --runtime electron --target 45.4.1 --arch arm64 --platform darwin`,
      `cd ${stage} && /usr/local/bin/node /gyp/bin/node-gyp.js rebuild --release --runtime=electron --target=45.4.1 --arch=arm64 --dist-url=https://electronjs.org/headers`,
    ]);
    // A user's nodedir=/usr (npm config) would make node-gyp build for the system Node instead.
    expect(plan.steps.every((s) => s.unsetEnv.includes('npm_config_nodedir'))).toBe(true);
    expect(plan.steps.every((s) => s.cwd === stage)).toBe(true);
  });

  it('rebuilds when better-sqlite3 or the architecture changed since the last build', () => {
    const bumped = startPlan(facts({ betterSqlite3Version: '12.12.0' }));
    expect(bumped).toMatchObject({ kind: 'build', reason: 'better-sqlite3 changed (12.11.1 → 12.12.0) since its Electron build' });
    const otherArch = startPlan(facts({ arch: 'x64' }));
    expect(otherArch).toMatchObject({ kind: 'build', reason: 'the Electron build of better-sqlite3 is for arm64, this machine runs x64' });
  });

  it('quotes paths with spaces (Windows user folders) and changes drive in the printed command', () => {
    const plan = startPlan(facts({ platform: 'win32', root: 'C:\\Users\\Ann Lee\\relay', addonExists: false, node: 'C:\\Program Files\\nodejs\\node.exe', nodeGyp: null }));
    if (plan.kind !== 'build') throw new Error(`expected a build, got ${plan.kind}`);
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0]?.shown).toMatch(/^cd \/d "C:\\Users\\Ann Lee\\relay.*stage" && "C:\\Program Files\\nodejs\\node.exe" \/pi\/bin.js --runtime electron --target 45.4.1 --arch arm64 --platform win32$/);
  });
});
