import { describe, expect, it } from 'vitest';
import { startUpdater, type Updater } from '../../../../electron/wire/startUpdater';

/** Records what the shell asks of electron-updater (which cannot load without Electron). */
function recordingUpdater() {
  const calls: string[] = [];
  const errorListeners: ((error: Error) => void)[] = [];
  const updater: Updater = {
    setFeedURL: (options) => calls.push(`setFeedURL ${options.provider} ${options.url}`),
    on: (_event, listener) => errorListeners.push(listener),
    checkForUpdatesAndNotify: async () => calls.push('check'),
  };
  return { updater, calls, errorListeners };
}

const packagedWindows = { autoUpdate: true, isPackaged: true, platform: 'win32' };

describe('startUpdater', () => {
  it('points electron-updater at the configured feed before checking', async () => {
    const { updater, calls, errorListeners } = recordingUpdater();
    const logs: string[] = [];
    await startUpdater({ ...packagedWindows, updateFeedUrl: 'https://updates.example.com/relay' }, (m) => logs.push(m), async () => updater);
    expect(calls).toEqual(['setFeedURL generic https://updates.example.com/relay', 'check']);
    errorListeners[0]?.(new Error('404 latest.yml'));
    expect(logs).toEqual(['auto-update on: https://updates.example.com/relay', 'auto-update failed: 404 latest.yml']);
  });

  it('never loads electron-updater without a feed, and logs why', async () => {
    const logs: string[] = [];
    let loaded = false;
    await startUpdater({ ...packagedWindows, updateFeedUrl: undefined }, (m) => logs.push(m), async () => {
      loaded = true;
      return recordingUpdater().updater;
    });
    expect(loaded).toBe(false);
    expect(logs).toEqual(['auto-update off: no update feed is set (updateFeedUrl in config.json)']);
  });
});
