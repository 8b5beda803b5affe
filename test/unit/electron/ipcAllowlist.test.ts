import { describe, expect, it } from 'vitest';
import { ipcChannels, ipcEventNames } from '../../../src/core';
import { ipcAllowlist } from '../../../electron/ipcAllowlist';
import { relayIpc } from '../../../electron/relayIpc';

describe('ipcAllowlist', () => {
  it('allows every channel and event of the contract', () => {
    expect(ipcChannels.length).toBeGreaterThan(0);
    for (const channel of ipcChannels) expect(ipcAllowlist.isChannel(channel)).toBe(true);
    for (const event of ipcEventNames) expect(ipcAllowlist.isEvent(event)).toBe(true);
  });

  it('refuses names outside the contract, look-alikes and non-strings', () => {
    for (const bad of ['tickets.delete', 'session.get ', 'SESSION.GET', '__proto__', 'constructor', '', 'toString']) {
      expect(ipcAllowlist.isChannel(bad)).toBe(false);
    }
    for (const bad of [undefined, null, 42, { toString: () => 'session.get' }, ['session.get']]) {
      expect(ipcAllowlist.isChannel(bad)).toBe(false);
      expect(ipcAllowlist.isEvent(bad)).toBe(false);
    }
    expect(ipcAllowlist.isEvent('tickets.list')).toBe(false);
    expect(ipcAllowlist.isChannel('data.changed')).toBe(false);
  });

  it('uses IPC names that cannot collide with contract channels', () => {
    expect(ipcAllowlist.isChannel(relayIpc.invoke)).toBe(false);
    expect(ipcAllowlist.isChannel(relayIpc.event)).toBe(false);
  });
});
