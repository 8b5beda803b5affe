import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trayIconFile } from '../../../../electron/badge/trayIcon';

const root = resolve(import.meta.dirname, '../../../..');

describe('trayIconFile', () => {
  it('uses the repository’s resources/tray when unpackaged, and the files are there', () => {
    const ctx = { isPackaged: false, resourcesPath: '/unused', appPath: root };
    const files = ['darwin', 'win32', 'linux'].map((platform) => trayIconFile({ ...ctx, platform }));
    expect(files).toEqual([join(root, 'resources/tray/trayTemplate.png'), join(root, 'resources/tray/tray.ico'), join(root, 'resources/tray/tray.png')]);
    for (const file of files) expect(existsSync(file), file).toBe(true);
    // Electron loads the @2x variant next to the template for Retina menu bars.
    expect(existsSync(join(root, 'resources/tray/trayTemplate@2x.png'))).toBe(true);
  });

  it('uses the copy the installer ships in <resources>/tray when packaged', () => {
    expect(trayIconFile({ platform: 'win32', isPackaged: true, resourcesPath: 'C:/Relay/resources', appPath: 'C:/Relay/resources/app.asar' })).toBe(join('C:/Relay/resources', 'tray', 'tray.ico'));
  });
});
