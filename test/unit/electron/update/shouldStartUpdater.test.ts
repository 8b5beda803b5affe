import { describe, expect, it } from 'vitest';
import { shouldStartUpdater } from '../../../../electron/update/shouldStartUpdater';

describe('shouldStartUpdater', () => {
  it('starts only when the setting is on in a packaged Windows or macOS build', () => {
    expect(shouldStartUpdater({ autoUpdate: true, isPackaged: true, platform: 'win32' })).toEqual({ start: true });
    expect(shouldStartUpdater({ autoUpdate: true, isPackaged: true, platform: 'darwin' })).toEqual({ start: true });
  });

  it('stays off, saying why, otherwise', () => {
    expect(shouldStartUpdater({ autoUpdate: false, isPackaged: true, platform: 'win32' })).toEqual({ start: false, reason: 'the autoUpdate setting is off' });
    expect(shouldStartUpdater({ autoUpdate: true, isPackaged: false, platform: 'darwin' })).toEqual({ start: false, reason: 'this is not a packaged build' });
    expect(shouldStartUpdater({ autoUpdate: true, isPackaged: true, platform: 'linux' })).toMatchObject({ start: false });
  });
});
