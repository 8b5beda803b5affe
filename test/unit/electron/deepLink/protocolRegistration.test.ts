import { describe, expect, it } from 'vitest';
import { protocolRegistration } from '../../../../electron/deepLink/protocolRegistration';

const dev = { isPackaged: false, env: {}, execPath: '/repo/node_modules/electron/dist/electron', mainScript: '/repo/out/main/main.js' };

describe('protocolRegistration', () => {
  it('a packaged app registers itself', () => {
    expect(protocolRegistration({ ...dev, isPackaged: true })).toEqual({ args: [] });
  });

  it('development and test runs leave the OS registration alone unless asked', () => {
    expect(protocolRegistration(dev)).toBeNull();
    expect(protocolRegistration({ ...dev, env: { RELAY_REGISTER_PROTOCOL: '1' } })).toEqual({ execPath: dev.execPath, args: [dev.mainScript] });
    expect(protocolRegistration({ ...dev, env: { RELAY_REGISTER_PROTOCOL: '1' }, mainScript: undefined })).toBeNull();
  });
});
