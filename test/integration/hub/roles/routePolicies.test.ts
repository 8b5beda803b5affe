import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { socketEventAccess } from '../../../../src/hub/auth/socketEventAccess';
import { routeAccessLevels } from '../../../../src/hub/auth/routeAccess';
import { teamScope, uuidv7, type MutationResult, type TicketRow } from '../../../../src/core';
import { socketRequest } from '../../../fixtures/hub/socketRequest';
import { startRolesKit, type RolesKit } from './rolesKit';

interface CatalogueRoute {
  method: string;
  url: string;
  access: string | null;
}

/** Every HTTP route and socket event of the hub declares its access policy, and the policy holds. */
describe('access policies', () => {
  let kit: RolesKit;
  let routes: CatalogueRoute[];

  beforeAll(async () => {
    kit = await startRolesKit();
    const maya = await kit.session('maya@relay.example');
    const res = await kit.http('GET', '/api/v1/admin/access', maya.token);
    expect(res.status).toBe(200);
    routes = (res.body as { routes: CatalogueRoute[] }).routes;
  });
  afterAll(async () => kit?.close());

  it('lists every registered route, each with a declared access level', () => {
    const urls = routes.map((r) => `${r.method} ${r.url}`);
    for (const known of ['GET /api/v1/health', 'POST /api/v1/auth/login', 'POST /api/v1/mutations', 'POST /api/v1/admin/agents']) {
      expect(urls).toContain(known);
    }
    const undeclared = routes.filter((r) => r.access === null || !(routeAccessLevels as readonly string[]).includes(r.access));
    expect(undeclared, 'routes without config.access').toEqual([]);
    // Everything under /admin is admin-only.
    expect(routes.filter((r) => r.url.startsWith('/api/v1/admin') && r.access !== 'admin')).toEqual([]);
  });

  it('answers 401 without a token on every route that needs an agent', async () => {
    for (const route of routes.filter((r) => ['agent', 'lead', 'admin'].includes(r.access ?? '') && r.method !== 'HEAD')) {
      const path = route.url.replace(/:[A-Za-z]+/g, '00000000-0000-7000-8000-000000000000');
      const res = await kit.http(route.method, path, null, route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
      expect(res.status, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('declares a scope check for every socket event the hub handles, and refuses undeclared events', async () => {
    expect(Object.keys(socketEventAccess).sort()).toEqual(['hello', 'presence:set', 'pull', 'push', 'snapshot']);
    const priya = await kit.session('priya@relay.example');
    // Every handled event works for a legitimate caller (none is refused by the guard)...
    for (const event of ['pull', 'snapshot', 'push'] as const) {
      const reply = await socketRequest(priya.socket, event, {});
      expect(reply.ok === false && reply.error.code === 'forbidden' && reply.error.message.includes('not allowed')).toBe(false);
    }
    // ...and an event nobody declared is answered with a refusal and the socket is closed.
    const untyped = priya.socket as unknown as { emitWithAck(event: string, payload: unknown): Promise<unknown> };
    expect(await untyped.emitWithAck('dumpEverything', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await new Promise<void>((resolve) => (priya.socket.connected ? priya.socket.once('disconnect', () => resolve()) : resolve()));
    expect(priya.socket.connected).toBe(false);
  });

  it('keeps pipelined socket events in order through the guard (a reply pushed right after the ticket it needs)', async () => {
    const priya = await kit.session('priya@relay.example');
    const [ticket] = (await kit.snapshotAll(priya, teamScope(priya.agent.teamId), 'tickets')) as TicketRow[];
    if (!ticket) throw new Error('demo data needs a team ticket');
    const envelope = (name: string, args: unknown) => ({ id: uuidv7(), name, args, clientId: priya.clientId, createdAt: Date.now() });
    const pushes = Array.from({ length: 10 }, () => {
      const ticketId = uuidv7();
      return [
        envelope('ticket.create', {
          id: ticketId,
          subject: 'Pipelined',
          customerId: ticket.customerId,
          teamId: priya.agent.teamId,
          channel: 'phone',
          firstMessage: { id: uuidv7(), direction: 'note', body: 'Caller asked for an update' },
        }),
        envelope('message.send', { id: uuidv7(), ticketId, kind: 'note', body: 'Follow-up' }),
      ];
    });
    // Emitted back to back without waiting: each reply must find the ticket its previous push created.
    const replies = await Promise.all(pushes.flat().map((m) => socketRequest(priya.socket, 'push', { mutations: [m] })));
    const statuses = replies.map((r) => (r.ok ? (r.data as { results: MutationResult[] }).results[0]?.status : r.error.code));
    expect(statuses).toEqual(Array.from({ length: 20 }, () => 'applied'));
  });
});
