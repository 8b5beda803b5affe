import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingFor } from '../../../../src/desktop/db/nativeBindingFor';

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
