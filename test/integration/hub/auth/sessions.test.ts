import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSocket } from '../../../fixtures/hub/connectSocket';
import { hubLogin } from '../../../fixtures/hub/hubLogin';
import { socketRequest } from '../../../fixtures/hub/socketRequest';
import { waitFor } from '../../../fixtures/desktop/waitFor';
import { rolesBackends, startRolesKit, type RoleSession, type RolesKit } from '../roles/rolesKit';

for (const backend of rolesBackends) {
  if (backend.skip) console.info(`[sessions on ${backend.name}] skipped: ${backend.skip}`);
  describe.skipIf(backend.skip !== null)(`sessions that can be revoked (${backend.name})`, () => {
    // One hub; each case acts as agents of its own (created here), so no case sees another's revocations.
    let kit: RolesKit;
    let admin: RoleSession;
    beforeAll(async () => {
      kit = await startRolesKit(backend.kind);
      admin = await kit.session('maya@relay.example');
    });
    afterAll(async () => kit?.close());
    let created = 0;
    async function freshAgent(): Promise<{ email: string; password: string }> {
      created += 1;
      const email = `session-${created}-${backend.kind.replace(/\W/g, '')}@relay.example`;
      const password = `password-of-${created}`;
      const res = await kit.http('POST', '/api/v1/admin/agents', admin.token, { name: `Session ${created}`, email, role: 'agent', teamId: admin.agent.teamId, password });
      if (res.status !== 201) throw new Error(`could not create ${email}: ${JSON.stringify(res.body)}`);
      return { email, password };
    }
    const sessionOf = (a: { email: string; password: string }) => kit.session(a.email, a.password);

    const me = (token: string) => kit.http('GET', '/api/v1/me', token);
    const hello = (s: RoleSession) => socketRequest(s.socket, 'hello', { protocol: 1, clientId: s.clientId, cursors: {} });
    const cut = (s: RoleSession) => waitFor('the socket to be cut', () => s.disconnected.includes('io server disconnect'));

    it('signs out only this token: its socket is cut and it is refused; the other session keeps working', async () => {
      const ana = await freshAgent();
      const laptop = await sessionOf(ana);
      const phone = await sessionOf(ana);
      expect(await kit.http('POST', '/api/v1/auth/logout', laptop.token, { everywhere: false })).toMatchObject({ status: 200, body: { ok: true } });
      await cut(laptop);
      expect(await me(laptop.token)).toMatchObject({ status: 401, body: { error: { code: 'unauthorized', message: expect.stringMatching(/signed out/) } } });
      await expect(connectSocket(kit.hub.url, { token: laptop.token })).rejects.toThrow(/unauthorized: signed out/);
      expect((await me(phone.token)).status).toBe(200);
      expect((await hello(phone)).ok).toBe(true);
      expect(phone.disconnected).toEqual([]);
    });

    it('signs out everywhere: every socket of the agent is cut and every token refused; signing in again works', async () => {
      const ana = await freshAgent();
      const laptop = await sessionOf(ana);
      const phone = await sessionOf(ana);
      const other = await sessionOf(await freshAgent());
      expect((await kit.http('POST', '/api/v1/auth/logout', laptop.token, { everywhere: true })).status).toBe(200);
      await cut(laptop);
      await cut(phone);
      for (const token of [laptop.token, phone.token]) {
        expect(await me(token)).toMatchObject({ status: 401, body: { error: { message: expect.stringMatching(/session revoked/) } } });
      }
      expect(other.disconnected).toEqual([]);
      expect((await me(other.token)).status).toBe(200);
      const again = await hubLogin(kit.hub.url, ana.email, ana.password);
      expect((await me(again.token)).status).toBe(200);
    });

    it('changes the password: a working new token comes back, the other tokens and sockets are cut, the old password stops working', async () => {
      const ana = await freshAgent();
      const laptop = await sessionOf(ana);
      const phone = await sessionOf(ana);
      const change = await kit.http('POST', '/api/v1/auth/password', laptop.token, { currentPassword: ana.password, newPassword: 'a-much-longer-secret' });
      expect(change).toMatchObject({ status: 200, body: { agent: { email: ana.email } } });
      const { token } = change.body as { token: string };
      expect((await me(token)).status).toBe(200);
      await cut(phone);
      for (const old of [laptop.token, phone.token]) expect((await me(old)).status).toBe(401);
      await expect(hubLogin(kit.hub.url, ana.email, ana.password)).rejects.toThrow(/401/);
      expect((await hubLogin(kit.hub.url, ana.email, 'a-much-longer-secret')).agent.email).toBe(ana.email);
      await connectSocket(kit.hub.url, { token }).then((socket) => socket.close());
    });

    it('refuses a password change with a wrong current password (401) or a weak new one (400 invalid_input)', async () => {
      const ana = await freshAgent();
      const s = await sessionOf(ana);
      const change = (body: unknown) => kit.http('POST', '/api/v1/auth/password', s.token, body);
      expect(await change({ currentPassword: 'not-it', newPassword: 'a-much-longer-secret' })).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
      expect(await change({ currentPassword: ana.password, newPassword: 'short' })).toMatchObject({ status: 400, body: { error: { code: 'invalid_input', message: expect.stringMatching(/10 characters/) } } });
      expect(await change({ currentPassword: 'same-password-1', newPassword: 'same-password-1' })).toMatchObject({ status: 400, body: { error: { code: 'invalid_input', message: expect.stringMatching(/differ/) } } });
      // None of these revoked anything.
      expect((await me(s.token)).status).toBe(200);
    });

    it('counts wrong current passwords toward the sign-in limit of the account', async () => {
      const ana = await freshAgent();
      const s = await sessionOf(ana);
      for (let i = 0; i < 5; i++) {
        expect((await kit.http('POST', '/api/v1/auth/password', s.token, { currentPassword: `nope-${i}`, newPassword: 'a-much-longer-secret' })).status).toBe(401);
      }
      expect((await kit.http('POST', '/api/v1/auth/password', s.token, { currentPassword: ana.password, newPassword: 'a-much-longer-secret' })).status).toBe(429);
      expect((await kit.http('POST', '/api/v1/auth/login', null, { email: ana.email, password: ana.password })).status).toBe(429);
    });

    it('lets an admin reset an agent’s password: the agent’s sockets are cut and old tokens refused; audited', async () => {
      const ana = await freshAgent();
      const target = await sessionOf(ana);
      expect((await kit.http('POST', `/api/v1/admin/agents/${target.agent.id}/password`, target.token, { newPassword: 'target-new-password' })).status).toBe(403);
      const reset = await kit.http('POST', `/api/v1/admin/agents/${target.agent.id}/password`, admin.token, { newPassword: 'target-new-password' });
      expect(reset).toMatchObject({ status: 200, body: { ok: true } });
      await cut(target);
      expect(await me(target.token)).toMatchObject({ status: 401, body: { error: { message: expect.stringMatching(/session revoked/) } } });
      await expect(connectSocket(kit.hub.url, { token: target.token })).rejects.toThrow(/unauthorized: session revoked/);
      expect((await hubLogin(kit.hub.url, ana.email, 'target-new-password')).agent.id).toBe(target.agent.id);
      const audit = await kit.http('GET', '/api/v1/admin/audit-log', admin.token);
      expect(JSON.stringify(audit.body)).toContain('agent.password_reset');
      expect(JSON.stringify(audit.body)).not.toContain('target-new-password');
    });
  });
}
