import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  teamScope,
  uuidv7,
  type AgentRow,
  type HelloResponse,
  type LiveChanges,
  type MutationEnvelope,
  type SnapshotResponse,
  type TicketRow,
} from '../../../src/core';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { openHubBackend, type HubBackend, type HubBackendKind } from '../../fixtures/hub/openHubBackend';
import { connectSocket, type HubClientSocket } from '../../fixtures/hub/connectSocket';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { socketRequest, socketRequestOk } from '../../fixtures/hub/socketRequest';
import type { Session } from '../../fixtures/hub/HubTestKit';
import { defineSyncTests } from './syncTests';

/** The hub's HTTP + socket behaviour, run against one store backend (PGlite or PostgreSQL). */
export function defineHubSuite(kind: HubBackendKind): void {
  describe(`hub on ${kind}`, () => {
    let backend: HubBackend;
    let hub: RunningHub;
    const sockets: HubClientSocket[] = [];

    beforeAll(async () => {
      backend = await openHubBackend(kind);
      hub = await startHub({ ...backend.options, port: 0, seed: 'demo' });
    });
    afterAll(async () => {
      for (const s of sockets) s.close();
      await hub?.close();
      await backend?.dispose();
    });

    async function session(email: string): Promise<Session> {
      const password = hub.demoCredentials.find((c) => c.email === email)?.password ?? 'missing';
      const { token, agent } = await hubLogin(hub.url, email, password);
      const socket = await connectSocket(hub.url, { token });
      sockets.push(socket);
      const live: LiveChanges[] = [];
      socket.on('changes', (batch) => live.push(batch));
      const clientId = uuidv7();
      const hello = await socketRequestOk<HelloResponse>(socket, 'hello', { protocol: 1, clientId, cursors: {} });
      return { socket, agent, token, clientId, hello, live };
    }

    async function snapshotAll(s: Session, scope: string, entity: string): Promise<{ rows: Record<string, unknown>[]; seq: number; total: number }> {
      const rows: Record<string, unknown>[] = [];
      let afterId: string | null = null;
      let first: SnapshotResponse | undefined;
      for (;;) {
        const page: SnapshotResponse = await socketRequestOk<SnapshotResponse>(s.socket, 'snapshot', { scope, entity, afterId, limit: 2 });
        first ??= page;
        rows.push(...page.rows);
        if (!page.hasMore) break;
        afterId = String(page.rows.at(-1)?.id);
      }
      return { rows, seq: first.seq, total: first.total };
    }

    function envelope(s: Session, name: string, args: unknown): MutationEnvelope {
      return { id: uuidv7(), name, args, clientId: s.clientId, createdAt: Date.now() };
    }

    async function firstTicket(s: Session, teamId: string): Promise<TicketRow> {
      const { rows } = await snapshotAll(s, teamScope(teamId), 'tickets');
      const open = rows.find((r) => r.status !== 'closed');
      if (!open) throw new Error('no open demo ticket');
      return open as TicketRow;
    }

    describe('HTTP', () => {
      it('signs in with a demo login and answers /me with the token', async () => {
        const res = await fetch(`${hub.url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'PRIYA@relay.example', password: 'demo-priya' }),
        });
        expect(res.status).toBe(200);
        const body = (await res.json()) as { token: string; agent: Record<string, unknown> };
        expect(body.agent).toMatchObject({ email: 'priya@relay.example', role: 'agent', name: 'Priya Nair' });
        expect(body.agent).not.toHaveProperty('passwordHash');
        const me = await fetch(`${hub.url}/api/v1/me`, { headers: { authorization: `Bearer ${body.token}` } });
        expect(me.status).toBe(200);
        expect(((await me.json()) as { agent: AgentRow }).agent.id).toBe(body.agent.id);
      });

      it('answers 401 for a wrong password or unknown email, and /me without a token', async () => {
        for (const creds of [
          { email: 'priya@relay.example', password: 'wrong' },
          { email: 'nobody@relay.example', password: 'demo-priya' },
        ]) {
          const res = await fetch(`${hub.url}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(creds),
          });
          expect(res.status).toBe(401);
          expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
        }
        expect((await fetch(`${hub.url}/api/v1/me`)).status).toBe(401);
      });

      it('answers 400 naming the field for a malformed sign-in body', async () => {
        const res = await fetch(`${hub.url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'not-an-email', password: 'x' }),
        });
        expect(res.status).toBe(400);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('invalid_request');
        expect(body.error.message).toContain('email');
      });

      it('applies a mutation posted over HTTP and refuses a malformed envelope with 400', async () => {
        const { token, agent } = await hubLogin(hub.url, 'tom@relay.example', 'demo-tom');
        const s = await session('tom@relay.example');
        const ticket = await firstTicket(s, agent.teamId);
        const env = { ...envelope(s, 'message.send', { id: uuidv7(), ticketId: ticket.id, kind: 'note', body: 'Called the haulier.' }) };
        const post = (body: unknown) =>
          fetch(`${hub.url}/api/v1/mutations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify(body),
          });
        const ok = await post(env);
        expect(ok.status).toBe(200);
        expect(await ok.json()).toMatchObject({ id: env.id, status: 'applied' });
        const bad = await post({ ...env, id: 'nope' });
        expect(bad.status).toBe(400);
        expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('id');
      });
    });

    describe('socket auth', () => {
      it('refuses a socket without a token', async () => {
        await expect(connectSocket(hub.url, {})).rejects.toThrow(/unauthorized: missing token/);
      });

      it('refuses a socket with a bad or tampered token', async () => {
        await expect(connectSocket(hub.url, { token: 'garbage' })).rejects.toThrow(/unauthorized: malformed token/);
        const { token } = await hubLogin(hub.url, 'priya@relay.example', 'demo-priya');
        const [v, payload, sig] = token.split('.');
        const forged = Buffer.from(payload ?? '', 'base64url').toString().replace(/"sub":"[^"]+"/, `"sub":"${uuidv7()}"`);
        const tampered = `${v}.${Buffer.from(forged).toString('base64url')}.${sig}`;
        await expect(connectSocket(hub.url, { token: tampered })).rejects.toThrow(/unauthorized: bad signature/);
      });

      it('answers requests before hello with an error ack', async () => {
        const { token } = await hubLogin(hub.url, 'priya@relay.example', 'demo-priya');
        const socket = await connectSocket(hub.url, { token });
        sockets.push(socket);
        const reply = await socketRequest(socket, 'pull', { cursors: {}, limit: 10 });
        expect(reply).toMatchObject({ ok: false, error: { code: 'protocol' } });
      });
    });

    defineSyncTests(() => ({ hub, session, snapshotAll, envelope, firstTicket }));
  });
}
