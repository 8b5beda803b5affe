import { describe, expect, it } from 'vitest';
import { lockDownContents, type LockableContents } from '../../../../electron/security/lockDownContents';
import { lockDownSession, type LockableSession } from '../../../../electron/security/lockDownSession';

type NavListener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, NavListener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: LockableContents = {
    on: (event, listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => (openHandler = handler),
  };
  const fire = (event: string, url: string) => {
    let prevented = false;
    listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents, fire, openWindow: (url: string) => openHandler!({ url }) };
}

describe('lockDownContents', () => {
  it('blocks every navigation; an http(s) target goes to the system browser instead', () => {
    const opened: string[] = [];
    const logs: string[] = [];
    const fake = fakeContents();
    lockDownContents(fake.contents, (url) => opened.push(url), (m) => logs.push(m));
    expect(fake.fire('will-navigate', 'https://carrier.example/track/1')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.fire('will-redirect', 'https://elsewhere.example/')).toBe(true);
    expect(fake.fire('will-attach-webview', 'about:blank')).toBe(true);
    expect(opened).toEqual(['https://carrier.example/track/1']);
    expect(logs.join('\n')).toContain('file:///etc/passwd');
  });

  it('denies every new window and opens only validated http(s) links externally', () => {
    const opened: string[] = [];
    const fake = fakeContents();
    lockDownContents(fake.contents, (url) => opened.push(url), () => undefined);
    expect(fake.openWindow('https://example.com/a')).toEqual({ action: 'deny' });
    expect(fake.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(fake.openWindow('ms-msdt:/id PCWDiagnostic')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/a']);
  });
});

describe('lockDownSession', () => {
  it('denies permission requests and checks, and adds the CSP to every response', () => {
    let request: Parameters<LockableSession['setPermissionRequestHandler']>[0] | null = null;
    let check: Parameters<LockableSession['setPermissionCheckHandler']>[0] | null = null;
    let headers: Parameters<LockableSession['webRequest']['onHeadersReceived']>[0] | null = null;
    const session: LockableSession = {
      webRequest: { onHeadersReceived: (l) => (headers = l) },
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
    };
    lockDownSession(session, "default-src 'self'", () => undefined);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      let granted: boolean | null = null;
      request!(null, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect(check!(null, permission)).toBe(false);
    }
    let sent: Record<string, string[]> = {};
    headers!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (sent = r.responseHeaders));
    expect(sent).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] });
  });
});
