import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core';
import { memoryTokenStore } from '../../../src/desktop/session/memoryTokenStore';
import { call } from '../../fixtures/desktop/coreCalls';
import { PRIYA, TOM, openCore, useSessionHub } from './sessionHarness';

const login = async (hubUrl: string, email: string, password: string): Promise<number> =>
  (await fetch(`${hubUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })).status;
const tokenWorks = async (hubUrl: string, token: string | null): Promise<boolean> =>
  (await fetch(`${hubUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token ?? ''}` } })).status === 200;

/** Password change and server-side sign-out from a desktop core, against a real hub's auth routes. */
describe('session auth calls', () => {
  const env = useSessionHub('relay-session-auth-');

  it('changes the password: the hub\'s refusals come back as it says them, and the fresh token is stored', async () => {
    const tokens = memoryTokenStore();
    const core = await openCore(env.hub(), env.file(`${uuidv7()}.sqlite`), tokens);
    env.track(core);
    await call(core, 'session.signIn', TOM);
    const before = tokens.load();
    expect(await core.invoke('session.changePassword', { currentPassword: 'nope', newPassword: 'a-new-password-1' })).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'Your current password is wrong.' },
    });
    expect(await core.invoke('session.changePassword', { currentPassword: TOM.password, newPassword: 'short' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'newPassword: the new password needs at least 10 characters' },
    });
    expect(tokens.load()).toBe(before);

    expect(await call(core, 'session.changePassword', { currentPassword: TOM.password, newPassword: 'a-new-password-1' })).toEqual({ ok: true });
    expect(tokens.load()).not.toBe(before);
    expect(await tokenWorks(env.hub().url, tokens.load())).toBe(true);
    expect(await tokenWorks(env.hub().url, before)).toBe(false);
    expect(await login(env.hub().url, TOM.email, 'a-new-password-1')).toBe(200);
    expect(await login(env.hub().url, TOM.email, TOM.password)).toBe(401);
    expect(await core.invoke('session.changePassword', { currentPassword: 'a-new-password-1', newPassword: 'a-new-password-1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('must differ from the current password') },
    });
  });

  it('signs out on the hub too (everywhere when asked), and locally even when the hub cannot be reached', async () => {
    const tokens = memoryTokenStore();
    const core = await openCore(env.hub(), env.file(`${uuidv7()}.sqlite`), tokens);
    env.track(core);
    await call(core, 'session.signIn', PRIYA);
    const token = tokens.load();
    expect(await call(core, 'session.signOut', { everywhere: true })).toEqual({ ok: true, revoked: true });
    expect(tokens.load()).toBeNull();
    expect(await tokenWorks(env.hub().url, token)).toBe(false);

    // Offline: the hub's address leads nowhere, the sign-out still happens on this computer.
    const offlineTokens = memoryTokenStore();
    const offline = await openCore(env.hub(), env.file(`${uuidv7()}.sqlite`), offlineTokens);
    env.track(offline);
    await call(offline, 'session.signIn', PRIYA);
    const kept = offlineTokens.load();
    await env.hub().close();
    expect(await call(offline, 'session.signOut', {})).toEqual({ ok: true, revoked: false });
    expect(await call(offline, 'sync.status', {})).toMatchObject({ connection: 'signed_out' });
    expect(offlineTokens.load()).toBeNull();
    expect(kept).not.toBeNull();
  });
});
