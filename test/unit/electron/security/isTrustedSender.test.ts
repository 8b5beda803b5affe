import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../electron/security/isTrustedSender';

const page = { indexFileUrl: 'file:///opt/Relay/resources/app.asar/out/renderer/index.html' };
const ok = { fromMainWindow: true, fromTopFrame: true, frameUrl: page.indexFileUrl };

describe('isTrustedSender', () => {
  it('trusts the top frame of the main window on our own page', () => {
    expect(isTrustedSender(ok, page)).toBe(true);
  });

  it('refuses other windows, iframes, destroyed frames and foreign pages', () => {
    expect(isTrustedSender({ ...ok, fromMainWindow: false }, page)).toBe(false);
    expect(isTrustedSender({ ...ok, fromTopFrame: false }, page)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: null }, page)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'https://evil.example/' }, page)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'http://localhost:5173/' }, page)).toBe(false);
  });

  it('in development trusts only the dev server origin', () => {
    const dev = { ...page, devServerUrl: 'http://localhost:5173' };
    expect(isTrustedSender({ ...ok, frameUrl: 'http://localhost:5173/' }, dev)).toBe(true);
    expect(isTrustedSender({ ...ok, frameUrl: 'http://localhost:9999/' }, dev)).toBe(false);
  });
});
