import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../../src/desktop/createDesktopCore';
import { memoryTokenStore } from '../../../../src/desktop/session/memoryTokenStore';
import type { TokenStore } from '../../../../src/desktop/session/TokenStore';
import { call } from '../../../fixtures/desktop/coreCalls';
import { replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { tempDir } from '../../../fixtures/desktop/tempDir';
import { startFakeAuthHub } from './fakeAuthHub';

/** Password change and server-side sign-out against the hub's auth routes (a contract-shaped fake; no sync). */
describe('session auth calls', () => {
  const dir = tempDir();
  const agent = replicaFixtures().agent;
  let hub: Awaited<ReturnType<typeof startFakeAuthHub>>;
  let tokens: TokenStore;
  let core: DesktopCore;

  afterAll(() => dir.remove());
  beforeEach(async () => {
    hub = await startFakeAuthHub(agent);
    tokens = memoryTokenStore();
    core = await createDesktopCore({ dbPath: dir.file(`${uuidv7()}.sqlite`), hubUrl: hub.url, tokenStore: tokens, log: () => {} });
    await call(core, 'session.signIn', { email: agent.email, password: 'pw' });
  });
  afterEach(async () => {
    await core.close();
    await hub.close();
  });

  it('changes the password: errors come back as the hub says them, and the fresh token is stored', async () => {
    const before = tokens.load();
    expect(await core.invoke('session.changePassword', { currentPassword: 'nope', newPassword: 'a-new-password-1' })).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'The current password is wrong.' },
    });
    expect(await core.invoke('session.changePassword', { currentPassword: 'pw', newPassword: 'short' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'newPassword: the new password needs at least 10 characters' },
    });
    expect(tokens.load()).toBe(before);

    expect(await call(core, 'session.changePassword', { currentPassword: 'pw', newPassword: 'a-new-password-1' })).toEqual({ ok: true });
    expect(hub.calls.at(-1)).toEqual({
      path: '/api/v1/auth/password',
      authorization: `Bearer ${before}`,
      body: { currentPassword: 'pw', newPassword: 'a-new-password-1' },
    });
    expect(tokens.load()).not.toBe(before);
    expect(tokens.load()).toMatch(/^token-\d+$/);
    expect((await call(core, 'session.get', {})).agent?.id).toBe(agent.id);

    expect(await core.invoke('session.changePassword', { currentPassword: 'a-new-password-1', newPassword: 'a-new-password-1' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Choose a password you have not used.' },
    });
  });

  it('signs out on the hub too (everywhere when asked), and locally even when the hub cannot be reached', async () => {
    const token = tokens.load();
    expect(await call(core, 'session.signOut', { everywhere: true })).toEqual({ ok: true, revoked: true });
    expect(hub.calls.at(-1)).toEqual({ path: '/api/v1/auth/logout', authorization: `Bearer ${token}`, body: { everywhere: true } });
    expect(tokens.load()).toBeNull();

    await call(core, 'session.signIn', { email: agent.email, password: 'pw' });
    await hub.close();
    expect(await call(core, 'session.signOut', {})).toEqual({ ok: true, revoked: false });
    expect(await call(core, 'sync.status', {})).toMatchObject({ connection: 'signed_out' });
    expect(tokens.load()).toBeNull();
  });
});
