import { describe, expect, it } from 'vitest';
import { shouldStartUpdater } from '../../../../electron/update/shouldStartUpdater';

const feed = 'https://updates.example.com/relay';
const on = { autoUpdate: true, updateFeedUrl: feed, isPackaged: true };

describe('shouldStartUpdater', () => {
  it('starts on the configured feed only when the setting is on in a packaged Windows or macOS build', () => {
    expect(shouldStartUpdater({ ...on, platform: 'win32' })).toEqual({ start: true, feedUrl: feed });
    expect(shouldStartUpdater({ ...on, platform: 'darwin' })).toEqual({ start: true, feedUrl: feed });
  });

  it('stays off until an update feed is set, saying so', () => {
    expect(shouldStartUpdater({ ...on, updateFeedUrl: undefined, platform: 'win32' })).toEqual({
      start: false,
      reason: 'no update feed is set (updateFeedUrl in config.json)',
    });
  });

  it('stays off, saying why, otherwise', () => {
    expect(shouldStartUpdater({ ...on, autoUpdate: false, platform: 'win32' })).toEqual({ start: false, reason: 'the autoUpdate setting is off' });
    expect(shouldStartUpdater({ ...on, isPackaged: false, platform: 'darwin' })).toEqual({ start: false, reason: 'this is not a packaged build' });
    expect(shouldStartUpdater({ ...on, platform: 'linux' })).toEqual({ start: false, reason: 'no installer is published for linux' });
  });
});
