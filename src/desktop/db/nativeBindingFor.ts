import { join } from 'node:path';

/** The env var the Electron shell sets (unpackaged runs only) to the folder `npm start` builds into. */
export const electronAddonDirEnv = 'RELAY_ELECTRON_ADDON_DIR';
/** That folder, relative to the repository root; `<it>/<electron version>/better_sqlite3.node`. */
export const electronAddonDir = ['node_modules', '.relay-electron', 'better-sqlite3'] as const;

export interface BindingInputs {
  /** `process.versions`: `electron` is set only inside Electron's Node. */
  versions: { readonly electron?: string | undefined };
  /** `node_modules/.relay-electron/better-sqlite3`, or undefined (packaged app, tests, browser mode). */
  addonDir: string | undefined;
  exists: (path: string) => boolean;
}

/**
 * better-sqlite3's options for this process. Node (tests, browser mode) and a packaged app
 * (electron-builder rebuilt the addon in place) load the default build; an unpackaged Electron run
 * loads the build for its own ABI, since node_modules holds the system Node's.
 */
export function nativeBindingFor({ versions, addonDir, exists }: BindingInputs): { nativeBinding?: string } {
  const electron = versions.electron;
  if (!electron || !addonDir) return {};
  const file = join(addonDir, electron, 'better_sqlite3.node');
  // Loading the Node build instead would die with a NODE_MODULE_VERSION error that names neither fix.
  if (!exists(file)) {
    throw new Error(`better-sqlite3 has no build for Electron ${electron} (expected ${file}). Start Relay with \`npm start\`, which builds it.`);
  }
  return { nativeBinding: file };
}
