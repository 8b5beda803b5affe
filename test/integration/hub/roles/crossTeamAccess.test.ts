import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  entityNames,
  mutationRegistry,
  uuidv7,
  type MutationResult,
  type PullResponse,
  type HelloResponse,
  type CustomerRow,
  type ExceptionRow,
  type MacroRow,
  type TicketRow,
} from '../../../../src/core';
import { socketRequest, socketRequestOk } from '../../../fixtures/hub/socketRequest';
import { waitFor } from '../../../fixtures/hub/waitFor';
import { rolesBackends, startRolesKit, teamScope, type RoleSession, type RolesKit } from './rolesKit';

interface Target {
  ticket: TicketRow;
  /** An exception of team B, and a ticket and a macro the caller (team A) may use. */
  exception: ExceptionRow;
  ownTicket: TicketRow;
  macro: MacroRow;
  teamId: string;
  customerId: string;
  memberId: string;
  outsiderId: string;
}

/** One customer notification about team B's exception, sent by someone outside team B. */
function notifyArgs(t: Target) {
  return {
    exceptionId: t.exception.id,
    ticketId: t.exception.ticketId ?? t.ticket.id,
    macroId: t.macro.id,
    messageId: uuidv7(),
    senderId: t.outsiderId,
    shipmentId: t.exception.shipmentId,
    customerId: t.exception.customerId,
    orderId: null,
  };
}

/**
 * For every mutation the hub knows: argument sets aimed at team B's rows. A mutation added to
 * the registry without a case here fails the test below, so cross-team access is always tested.
 */
const crossTeamCases: Record<string, (t: Target) => unknown[]> = {
  // Articles are tenant-wide; an agent may not write them at all (refused as forbidden).
  'article.save': () => [{ id: uuidv7(), title: 'Planted by an agent', body: 'Not allowed', category: 'Customs', tags: [] }],
  // Customers are tenant-wide: every agent may edit them and their contacts (the positive test below).
  'customer.update': () => [],
  'contact.save': () => [],
  'contact.remove': () => [],
  // Merging customers or settling a flagged pair is for leads and admins; recording pairs is the hub's.
  'customer.merge': (t) => [{ survivorId: t.customerId, loserId: t.exception.customerId === t.customerId ? uuidv7() : t.exception.customerId }],
  'duplicate.dismiss': () => [{ id: uuidv7() }],
  'duplicate.record': (t) => [{ pairs: [{ id: uuidv7(), customerId: t.customerId, otherId: t.exception.customerId, reasons: ['name'] }] }],
  'exception.update': (t) => [
    { action: 'acknowledge', id: t.exception.id },
    { action: 'assign', id: t.exception.id, assigneeId: t.outsiderId },
    { action: 'resolve', id: t.exception.id, note: 'Resolved by the wrong team' },
  ],
  'exception.openTicket': (t) => [
    { exceptionId: t.exception.id, ticketId: uuidv7(), messageId: uuidv7(), shipmentId: t.exception.shipmentId, customerId: t.exception.customerId, linkedTicketId: t.exception.ticketId, subject: 'Opened by the wrong team', note: 'Not my team' },
  ],
  'exception.notifyCustomer': (t) => [notifyArgs(t)],
  // The batch form carries the same notification as one item: refused for the same reason.
  'exception.notifyCustomers': (t) => [{ items: [{ openTicket: null, notify: notifyArgs(t) }] }],
  // The system's own writes (ingest, rules) and the admin's: an agent may send none of them.
  'message.receive': (t) => [
    { messageId: uuidv7(), ticketId: t.ticket.id, newTicket: null, direction: 'inbound', channel: 'email', externalId: `planted-${uuidv7()}`, subject: 'Planted', body: 'Planted by an agent', htmlBody: null, attachments: [] },
  ],
  // Surveys: sent by the rules, answered through the public page (system:survey); never an agent.
  'csat.requestSurvey': (t) => [
    { surveyId: uuidv7(), ticketId: t.ticket.id, customerId: t.ticket.customerId, messageId: uuidv7(), channel: 'sms', links: ['https://relay.example/survey/planted'], expiresAt: Date.now() + 86_400_000 },
  ],
  'csat.record': (t) => [
    { responseId: uuidv7(), ticketId: t.ticket.id, customerId: t.ticket.customerId, score: 1, comment: 'Planted by an agent', lowScoreAutomationId: null, leadIds: [], noteId: uuidv7() },
  ],
  'notification.queue': (t) => [
    { shipmentId: t.exception.shipmentId, customerId: t.exception.customerId, orderId: null, ticketId: t.ticket.id, newTicket: null, messages: [{ id: uuidv7(), macroId: t.macro.id, channel: 'email' }], exceptionId: t.exception.id },
  ],
  // Ingest's writes: the hub's own (system:ingest); an agent is refused whatever the team.
  'order.upsert': (t) => [
    { orders: [{ orderId: uuidv7(), customerId: t.customerId, number: `SO-PLANTED-${uuidv7()}`, status: 'confirmed', lines: [], currency: 'EUR' }], newCustomers: [] },
  ],
  'invoice.upsert': (t) => [
    {
      invoices: [{ invoiceId: uuidv7(), customerId: t.customerId, number: `INV-PLANTED-${uuidv7()}`, orderNumbers: [], status: 'paid', currency: 'EUR', amountMinor: 100, issuedAt: 1, dueAt: 2 }],
      newCustomers: [],
    },
  ],
  'shipment.upsert': (t) => [
    { shipments: [{ shipmentId: t.exception.shipmentId, customerId: t.customerId, carrier: 'DHL', trackingNumber: 'PLANTED', mode: 'parcel', origin: '', destination: '' }], newCustomers: [] },
  ],
  'tracking.record': (t) => [
    {
      events: [{ index: 0, shipmentId: t.exception.shipmentId, event: { carrier: 'DHL', trackingNumber: 'PLANTED', status: 'delivered', rawCode: 'D1', rawReason: null, flagged: false, occurredAt: 1, location: null, eta: null, source: 'json' } }],
      repeats: [],
      eventIds: [uuidv7()],
    },
  ],
  // Warehouse events open exceptions in a team's queue, so an agent of another team (or any agent) may not plant one.
  'warehouse.record': (t) => [
    {
      events: [
        {
          index: 0,
          orderId: uuidv7(),
          eventId: uuidv7(),
          exceptionId: uuidv7(),
          type: 'short_picked',
          occurredAt: 1,
          warehouse: null,
          expectedDate: null,
          lines: [{ sku: 'PLANTED', quantity: 1 }],
          partial: false,
          note: null,
          shipment: null,
        },
      ],
      repeats: [],
      openExceptionIds: [t.exception.id],
      owners: [{ orderId: uuidv7(), teamId: t.teamId, ticketId: t.ticket.id }],
      backorderThresholdDays: 2,
    },
  ],
  'setting.save': (t) => [{ entity: 'macros', id: t.macro.id, row: null }],
  'agent.save': (t) => [{ id: t.memberId, name: 'Promoted by an agent', email: 'planted@relay.example', role: 'admin', teamId: t.teamId, emailHolderId: null }],
  'agent.deactivate': (t) => [{ id: t.memberId }],
  'seed.load': (t) => [{ rows: { teams: [{ id: t.teamId, name: 'Planted by an agent', createdAt: 1 }] } }],
  'team.save': (t) => [{ id: t.teamId, name: 'Renamed by an agent' }],
  // A team's hours: its own lead or an admin; an agent of another team is refused.
  'team.setCalendar': (t) => [{ id: t.teamId, calendar: { timeZone: 'UTC', week: { '1': [{ start: '09:00', end: '10:00' }] }, holidays: [] } }, { id: t.teamId, calendar: null }],
  'message.send': (t) => [
    { id: uuidv7(), ticketId: t.ticket.id, kind: 'reply', body: 'Reply from the wrong team' },
    { id: uuidv7(), ticketId: t.ticket.id, kind: 'note', body: 'Note from the wrong team' },
    // An invoice PDF attached by reference to team B's ticket: refused like any reply there.
    { id: uuidv7(), ticketId: t.ticket.id, kind: 'reply', body: 'Your invoice', attachments: [{ name: 'INV.pdf', contentType: 'application/pdf', size: 10, storageKey: `inv/${uuidv7()}/0123456789abcdef` }] },
  ],
  'ticket.create': (t) => [
    {
      id: uuidv7(),
      subject: 'Opened for another team',
      customerId: t.customerId,
      teamId: t.teamId,
      channel: 'email',
      firstMessage: { id: uuidv7(), direction: 'note', body: 'Not my team' },
    },
    ((customerId) => ({
      id: uuidv7(),
      subject: 'Phone ticket for another team',
      customerId,
      newCustomer: { id: customerId, name: 'Planted caller', email: null, phone: '+1 555 0199', kind: 'b2c' },
      teamId: t.teamId,
      channel: 'phone',
      tags: ['claim'],
      fields: { pro_number: 'PRO-1' },
      firstMessage: { id: uuidv7(), direction: 'note', body: 'Not my team', call: { direction: 'inbound', durationSeconds: 60 } },
    }))(uuidv7()),
  ],
  'ticket.setTags': (t) => [{ id: t.ticket.id, add: ['planted'] }, { id: t.ticket.id, remove: ['vip'] }],
  'ticket.setFields': (t) => [{ id: t.ticket.id, values: { pro_number: 'PLANTED' } }],
  // Tag and field definitions are tenant-wide; an agent may not write them at all.
  'tagDef.save': () => [{ name: 'planted', colour: 'red' }],
  'fieldDef.save': () => [{ key: 'planted', label: 'Planted', type: 'text' }],
  'ticket.merge': (t) => [
    { sourceId: t.ticket.id, targetId: t.ownTicket.id, noteId: uuidv7() },
    { sourceId: t.ownTicket.id, targetId: t.ticket.id, noteId: uuidv7() },
  ],
  // Moving team B's ticket into A (or anywhere) is refused as if it did not exist.
  'ticket.transfer': (t) => [
    { id: t.ticket.id, teamId: t.ownTicket.teamId, noteId: uuidv7(), note: 'Taking it' },
  ],
  // A carrier request from team B's ticket is refused as if the ticket did not exist; settling one is the hub's alone.
  'shipmentAction.request': (t) => [
    { id: uuidv7(), shipmentId: t.exception.shipmentId, ticketId: t.ticket.id, action: { kind: 'hold_at_depot', details: { note: 'Planted' } } },
    { id: uuidv7(), shipmentId: t.exception.shipmentId, ticketId: t.ticket.id, action: { kind: 'claim', details: { claimType: 'loss', amount: 10, currency: 'EUR', description: 'Planted' } } },
  ],
  'shipmentAction.settle': () => [{ id: uuidv7(), state: 'accepted' }],
  // Sharing a view with team B is for its lead; deleting a view one does not own is refused.
  'view.save': (t) => [{ id: uuidv7(), name: 'Planted for team B', teamId: t.teamId, query: {} }],
  'view.delete': () => [{ id: uuidv7() }],
  // A signature is its owner's own: a member of team B's cannot be set by someone else.
  'agent.setSignature': (t) => [{ agentId: t.memberId, signature: 'Planted by an agent' }],
  // Sharing or editing a shared macro is for leads and admins; an agent writes only their own personal ones.
  'macro.save': (t) => [
    { id: t.macro.id, title: 'Rewritten by an agent', body: 'Planted', channel: null, shared: true },
    { id: uuidv7(), title: 'Shared by an agent', body: 'Planted', channel: null, shared: true },
  ],
  // Routing rules and automations are the leads' and admins'.
  'routingRule.save': (t) => [
    { kind: 'rule', id: uuidv7(), name: 'Planted route', enabled: true, config: { position: 0, conditions: {}, teamId: t.teamId, autoAssign: false } },
    { kind: 'cap', id: uuidv7(), cap: 1 },
  ],
  'automation.save': (t) => [{ id: uuidv7(), row: { name: 'Planted rule', trigger: 'ticket.rule', enabled: true, config: { event: 'ticket.created', actions: [{ type: 'route', teamId: t.teamId }] } } }],
  // The rules' and the admin's own writes: never pushed by an agent.
  'ticket.applyRules': (t) => [
    { ticketId: t.ticket.id, events: [{ event: 'ticket.created', key: 'planted' }], actions: [{ type: 'add_tag', tag: 'planted', ruleId: uuidv7() }], rules: [], noteIds: { transfer: uuidv7(), escalate: uuidv7(), skipped: uuidv7() } },
  ],
  'customer.erase': (t) => [{ customerId: t.customerId, messageIds: [] }],
  'retention.apply': (t) => [{ action: 'delete', ticketIds: [t.ticket.id], messageIds: [], csatIds: [] }],
  'ticket.update': (t) => [
    { id: t.ticket.id, status: 'closed' },
    { id: t.ticket.id, priority: 'urgent' },
    { id: t.ticket.id, assigneeId: t.memberId },
    { id: t.ticket.id, assigneeId: t.outsiderId },
    { id: t.ticket.id, assigneeId: null },
  ],
};

for (const backend of rolesBackends) {
  if (backend.skip) console.info(`[roles] skipping the ${backend.name} run: ${backend.skip}`);
  describe.skipIf(backend.skip !== null)(`${backend.name}: ` + 'an agent of team A cannot read or change team B by any route or socket event', () => {
  let kit: RolesKit;
  let priya: RoleSession; // agent, team A (parcel)
  let tom: RoleSession; // agent, team B (freight)
  let target: Target;
  let teamB: string;
  let teamBState: () => Promise<string>;

  beforeAll(async () => {
    kit = await startRolesKit(backend.kind);
    priya = await kit.session('priya@relay.example');
    tom = await kit.session('tom@relay.example');
    teamB = tom.agent.teamId;
    expect(priya.agent.teamId).not.toBe(teamB);
    const tickets = (await kit.snapshotAll(tom, teamScope(teamB), 'tickets')) as TicketRow[];
    const ticket = tickets.find((t) => t.status !== 'closed');
    if (!ticket) throw new Error('demo data needs an open team B ticket');
    const exception = ((await kit.snapshotAll(tom, teamScope(teamB), 'exceptions')) as ExceptionRow[]).find((e) => e.status !== 'resolved');
    if (!exception) throw new Error('demo data needs an unresolved team B exception');
    const ownTicket = ((await kit.snapshotAll(priya, teamScope(priya.agent.teamId), 'tickets')) as TicketRow[]).find((t) => t.status === 'open' || t.status === 'new');
    if (!ownTicket) throw new Error('demo data needs an open team A ticket');
    const [macro] = (await kit.snapshotAll(priya, 'tenant', 'macros')) as MacroRow[];
    if (!macro) throw new Error('demo data needs a macro');
    target = { ticket, exception, ownTicket, macro, teamId: teamB, customerId: ticket.customerId, memberId: tom.agent.id, outsiderId: priya.agent.id };
    teamBState = async () =>
      JSON.stringify(await Promise.all(entityNamesOf().map((e) => kit.snapshotAll(tom, teamScope(teamB), e))));
  });
  afterAll(async () => kit?.close());

  const entityNamesOf = () => [...entityNames];

  it('has a cross-team case for every registered mutation', () => {
    for (const name of Object.keys(mutationRegistry)) {
      expect(crossTeamCases[name], `add a cross-team case for mutation ${name}`).toBeDefined();
    }
  });

  it('refuses every mutation on team B over HTTP /api/v1/mutations and changes nothing', async () => {
    const before = await teamBState();
    for (const [name, build] of Object.entries(crossTeamCases)) {
      for (const args of build(target)) {
        const envelope = { id: uuidv7(), name, args, clientId: priya.clientId, createdAt: Date.now() };
        const res = await kit.http('POST', '/api/v1/mutations', priya.token, envelope);
        expect(res.status, `${name} ${JSON.stringify(args)}`).toBe(200);
        const result = res.body as MutationResult;
        expect(result.status, `${name} ${JSON.stringify(args)}`).toBe('rejected');
        if (result.status === 'rejected') expect(['not_found', 'forbidden']).toContain(result.error.code);
      }
    }
    expect(await teamBState()).toBe(before);
  });

  it('refuses every mutation on team B pushed over the socket and changes nothing', async () => {
    const before = await teamBState();
    const envelopes = Object.entries(crossTeamCases).flatMap(([name, build]) =>
      build(target).map((args) => ({ id: uuidv7(), name, args, clientId: priya.clientId, createdAt: Date.now() })),
    );
    const { results } = await socketRequestOk<{ results: MutationResult[] }>(priya.socket, 'push', { mutations: envelopes });
    expect(results).toHaveLength(envelopes.length);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      if (result.status === 'rejected') expect(['not_found', 'forbidden']).toContain(result.error.code);
    }
    expect(await teamBState()).toBe(before);
  });

  it("lets an agent of team A edit a customer of team B's tickets and its contacts, leaving team B's scope alone", async () => {
    const before = await teamBState();
    const [customer] = ((await kit.snapshotAll(priya, 'tenant', 'customers')) as CustomerRow[]).filter((c) => c.id === target.customerId);
    if (!customer) throw new Error('the target customer is tenant data');
    const contactId = uuidv7();
    const calls = [
      { name: 'customer.update', args: { customerId: customer.id, name: customer.name, email: customer.email ?? '', phone: '+49 30 1234567', tier: customer.tier, segment: customer.segment, addresses: [], optIns: customer.preferences.optIns } },
      { name: 'contact.save', args: { id: contactId, customerId: customer.id, name: 'Added by team A', email: '', phone: '', role: '' } },
      { name: 'contact.remove', args: { id: contactId, customerId: customer.id } },
    ];
    for (const call of calls) {
      const res = await kit.http('POST', '/api/v1/mutations', priya.token, { id: uuidv7(), ...call, clientId: priya.clientId, createdAt: Date.now() });
      expect((res.body as MutationResult).status, call.name).toBe('applied');
    }
    expect(await teamBState()).toBe(before);
  });

  it('refuses a snapshot of team B for every entity', async () => {
    for (const entity of entityNames) {
      const reply = await socketRequest(priya.socket, 'snapshot', { scope: teamScope(teamB), entity, afterId: null, limit: 100 });
      expect(reply, entity).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('answers a pull with a team B cursor with nothing of team B', async () => {
    const onlyB = await socketRequestOk<PullResponse>(priya.socket, 'pull', { cursors: { [teamScope(teamB)]: 0 }, limit: 5000 });
    expect(onlyB.rows).toEqual([]);
    const mixed = await socketRequestOk<PullResponse>(priya.socket, 'pull', {
      cursors: { tenant: 0, [teamScope(priya.agent.teamId)]: 0, [teamScope(teamB)]: 0 },
      limit: 5000,
    });
    expect(mixed.rows.length).toBeGreaterThan(0);
    expect(mixed.rows.filter((r) => r.scope === teamScope(teamB))).toEqual([]);
    expect(JSON.stringify(mixed.rows)).not.toContain(target.ticket.id);
  });

  it('answers hello with team B cursors by dropping team B, and sends no team B live batch afterwards', async () => {
    const hello = await socketRequestOk<HelloResponse>(priya.socket, 'hello', {
      protocol: 1,
      clientId: priya.clientId,
      cursors: { tenant: 0, [teamScope(priya.agent.teamId)]: 0, [teamScope(teamB)]: 3 },
    });
    expect(hello.scopes).not.toContain(teamScope(teamB));
    expect(hello.dropped).toEqual([teamScope(teamB)]);
    expect(hello.snapshot).not.toContain(teamScope(teamB));

    priya.live.length = 0;
    // A change in B, then one in A: batches from one node arrive in order, so once A's is here B's would be too.
    expect(await kit.hub.mutate('tom@relay.example', 'message.send', { id: uuidv7(), ticketId: target.ticket.id, kind: 'note', body: 'B only' })).toMatchObject({ status: 'applied' });
    const aTickets = (await kit.snapshotAll(priya, teamScope(priya.agent.teamId), 'tickets')) as TicketRow[];
    const aTicket = aTickets.find((t) => t.status !== 'closed');
    if (!aTicket) throw new Error('demo data needs an open team A ticket');
    await kit.hub.mutate('priya@relay.example', 'message.send', { id: uuidv7(), ticketId: aTicket.id, kind: 'note', body: 'A marker' });
    await waitFor(() => (priya.live.some((b) => b.scope === teamScope(priya.agent.teamId)) ? true : undefined), 'team A live batch');
    expect(priya.live.filter((b) => b.scope === teamScope(teamB))).toEqual([]);
    expect(JSON.stringify(priya.live)).not.toContain(target.ticket.id);
    // Tom (team B) did get his batch: the sentinel change was real.
    await waitFor(() => (tom.live.some((b) => b.scope === teamScope(teamB)) ? true : undefined), 'team B live batch for Tom');
  });

  it('leaks no team B row through any GET route, and refuses admin routes to agents and leads', async () => {
    const maya = await kit.session('maya@relay.example');
    const catalogue = await kit.http('GET', '/api/v1/admin/access', maya.token);
    expect(catalogue.status).toBe(200);
    const { routes } = catalogue.body as { routes: Array<{ method: string; url: string; access: string | null }> };
    const daniel = await kit.session('daniel@relay.example'); // lead of team B
    for (const route of routes.filter((r) => r.method !== 'HEAD')) {
      // Team ids where a route names a team, team B's ticket id for any other parameter.
      const path = route.url.replace(/:teamId\b/g, teamB).replace(/:[A-Za-z]+/g, target.ticket.id);
      // A write may end the session it is sent with (POST /auth/logout): each gets a fresh sign-in.
      const token = route.method === 'GET' ? priya.token : (await kit.session('priya@relay.example')).token;
      const asPriya = await kit.http(route.method, path, token, route.method === 'GET' ? undefined : {});
      if (route.access === 'admin') {
        expect(asPriya.status, `${route.method} ${route.url}`).toBe(403);
        expect(JSON.stringify(asPriya.body)).toContain('admin role');
        expect((await kit.http(route.method, path, daniel.token, route.method === 'GET' ? undefined : {})).status).toBe(403);
      }
      if (route.method === 'GET') {
        expect(JSON.stringify(asPriya.body), `${route.method} ${route.url}`).not.toContain(target.ticket.id);
        if (route.url.includes(':teamId')) expect(asPriya.status, `${route.method} ${route.url}`).toBeGreaterThanOrEqual(400);
      }
    }
  });
});
}
