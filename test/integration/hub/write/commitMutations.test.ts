import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { defaultCustomerPreferences, teamScope, tenantScope, uuidv7, type AgentActor, type CustomerRow, type MessageRow } from '../../../../src/core';
import type { HubStore, HubTx } from '../../../../src/hub/store/openStore';
import { loadRow } from '../../../../src/hub/store/rowStore';
import { auditLog, changes } from '../../../../src/hub/store/schema';
import { commitChanges } from '../../../../src/hub/write/commitChanges';
import { commitMutation } from '../../../../src/hub/write/commitMutation';
import { commitMutations } from '../../../../src/hub/write/commitMutations';
import type { HubBackend } from '../../../fixtures/hub/openHubBackend';
import { openFreshStore } from '../../../fixtures/hub/openFreshStore';
import { postgresSkipReason } from '../../../fixtures/hub/postgresSkipReason';

const at = Date.UTC(2026, 11, 7, 9, 0);
const backends: HubBackend[] = [];
afterAll(async () => {
  for (const b of backends) await b.dispose();
});

/** A store with one team and one customer, and an admin of that team. */
async function world(kind: 'pglite' | 'postgres') {
  const store: HubStore = await openFreshStore(kind, backends);
  const team = { id: uuidv7(at), name: 'Parcel Support', createdAt: at };
  const customer: CustomerRow = { id: uuidv7(at), name: 'Ada', email: 'ada@customer.example', phone: null, kind: 'b2c', tier: 'standard', segment: 'consumer', createdAt: at, updatedAt: at, preferences: defaultCustomerPreferences, addresses: [], mergedIntoId: null };
  const agent = { id: uuidv7(at), teamId: team.id, name: 'Maya Admin', email: `maya.${team.id}@relay.example`, role: 'admin' as const, createdAt: at, signature: '' };
  await store.db.transaction((tx) =>
    commitChanges(tx, {
      changes: [
        { op: 'upsert', entity: 'teams', id: team.id, scope: tenantScope, row: team },
        { op: 'upsert', entity: 'customers', id: customer.id, scope: tenantScope, row: customer },
        { op: 'upsert', entity: 'agents', id: agent.id, scope: tenantScope, row: agent },
      ],
      now: at,
    }),
  );
  const admin: AgentActor = { kind: 'agent', agentId: agent.id, role: 'admin', teamId: team.id };
  const create = (id: string, subject: string) => ({
    name: 'ticket.create' as const,
    args: { id, subject, customerId: customer.id, teamId: team.id, channel: 'email', priority: 'normal', firstMessage: { id: uuidv7(at), direction: 'inbound', body: `About ${subject}` } },
  });
  return { store, team, customer, admin, create };
}

const engines = (['pglite', 'postgres'] as const).filter((k) => k === 'pglite' || !postgresSkipReason());
if (!engines.includes('postgres')) console.log(`commitMutations on PostgreSQL skipped: ${postgresSkipReason()}`);

describe.each(engines)('commitMutations on %s', (kind) => {
  it('commits many mutations as one: later calls see earlier ones, numbers are one block, a refused call is skipped alone', async () => {
    const w = await world(kind);
    const [a, b] = [uuidv7(at), uuidv7(at)];
    const calls = [
      w.create(a, 'First'),
      { name: 'ticket.update' as const, args: { id: a, status: 'pending' } },
      { name: 'ticket.update' as const, args: { id: uuidv7(at), status: 'solved' } },
      w.create(b, 'Second'),
    ];
    const done = await w.store.db.transaction((tx) => commitMutations(tx, calls, w.admin, at));
    expect(done.outcomes.map((o) => (o.ok ? 'ok' : o.rejection.code))).toEqual(['ok', 'ok', 'not_found', 'ok']);
    const [first, second] = await w.store.db.transaction(async (tx) => [await loadRow(tx, 'tickets', a), await loadRow(tx, 'tickets', b)]);
    // The update saw the ticket the first call opened; the numbers are consecutive.
    expect(first).toMatchObject({ subject: 'First', status: 'pending' });
    expect(second!.number).toBe(first!.number! + 1);
    const audit = await w.store.db.select().from(auditLog);
    expect(audit.map((e) => e.action).sort()).toEqual(['ticket.create', 'ticket.create', 'ticket.update']);
    expect(audit.every((e) => e.actorId === w.admin.agentId)).toBe(true);
    // One change-log entry per row written: the ticket opened then updated is logged once, as it ended.
    const logged = await w.store.db.select().from(changes).where(eq(changes.entityId, a));
    expect(logged).toHaveLength(1);
    expect(logged[0]!.row).toMatchObject({ status: 'pending' });
  });

  it('leaves the same rows as commitMutation one call at a time', async () => {
    const one = await world(kind);
    const many = await world(kind);
    const ids = [uuidv7(at), uuidv7(at), uuidv7(at)];
    const calls = (w: typeof one) => [w.create(ids[0]!, 'A'), w.create(ids[1]!, 'B'), { name: 'ticket.update' as const, args: { id: ids[0]!, priority: 'high' } }, w.create(ids[2]!, 'C')];
    for (const call of calls(one)) await one.store.db.transaction((tx) => commitMutation(tx, call, one.admin, at));
    await many.store.db.transaction((tx) => commitMutations(tx, calls(many), many.admin, at));
    // The two worlds differ only in their team and customer ids.
    const read = async (w: typeof one) =>
      (await w.store.db.transaction((tx: HubTx) => Promise.all(ids.map((id) => loadRow(tx, 'tickets', id))))).map((t) => ({ ...t, customerId: 'c', teamId: 't' }));
    expect(await read(many)).toEqual(await read(one));
  });

  it('writes values that are awkward in array literals exactly (quotes, braces, commas, backslashes, newlines, empty text, JSON, null)', async () => {
    const w = await world(kind);
    const ticketId = uuidv7(at);
    await w.store.db.transaction((tx) => commitMutation(tx, w.create(ticketId, 'Awkward'), w.admin, at));
    const bodies = ['He said "hi", {then} left', 'back\\slash and ,comma', 'line one\nline two\ttab', ' ', 'NULL', 'ünïcödé — 🚚', "it's"];
    const rows: MessageRow[] = bodies.map((body, i) => ({
      id: uuidv7(at),
      ticketId,
      direction: 'note',
      channel: 'email',
      authorId: i % 2 === 0 ? w.admin.agentId : null,
      subject: i === 3 ? '' : null,
      body,
      htmlBody: i === 1 ? '<p class="x">{a,b}</p>' : null,
      attachments: i === 2 ? [{ name: 'pod "1".pdf', contentType: 'application/pdf', size: 12, storageKey: 'ab/cd,{e}' }] : [],
      externalId: null,
      call: null,
      deliveryStatus: 'sent',
      createdAt: at + i,
      cc: [], bcc: [], mentions: [],
    }));
    await w.store.db.transaction((tx) => commitChanges(tx, { changes: rows.map((row) => ({ op: 'upsert' as const, entity: 'messages' as const, id: row.id, scope: teamScope(w.team.id), row })), now: at }));
    const back = await w.store.db.transaction((tx) => Promise.all(rows.map((r) => loadRow(tx, 'messages', r.id))));
    expect(back).toEqual(rows);
  });
});
