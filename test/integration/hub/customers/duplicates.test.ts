import { afterAll, describe, expect, it } from 'vitest';
import { type MutationRejection, tenantScope, uuidv7, type AgentActor, type CustomerRow, type RowChange } from '../../../../src/core';
import { detectDuplicates } from '../../../../src/hub/customers/detectDuplicates';
import type { HubStore } from '../../../../src/hub/store/openStore';
import { customerDuplicates } from '../../../../src/hub/store/schema';
import { commitChanges } from '../../../../src/hub/write/commitChanges';
import { commitMutation, type MutationCall } from '../../../../src/hub/write/commitMutation';
import { WriteLane } from '../../../../src/hub/write/WriteLane';
import { sampleCustomer } from '../../../fixtures/sampleRows';
import type { HubBackend } from '../../../fixtures/hub/openHubBackend';
import { openFreshStore } from '../../../fixtures/hub/openFreshStore';
import { postgresSkipReason } from '../../../fixtures/hub/postgresSkipReason';

const at = Date.UTC(2026, 11, 7, 9, 0);
const backends: HubBackend[] = [];
afterAll(async () => {
  for (const b of backends) await b.dispose();
});

async function world(kind: 'pglite' | 'postgres') {
  const store: HubStore = await openFreshStore(kind, backends);
  const team = { id: uuidv7(at), name: 'Parcel Support', createdAt: at };
  const person = (role: 'agent' | 'lead') => ({ id: uuidv7(at), teamId: team.id, name: role, email: `${role}.${uuidv7(at)}@relay.example`, role, createdAt: at, signature: '' });
  const [lead, agent] = [person('lead'), person('agent')];
  const customer = (name: string, email: string | null, phone: string | null, age: number): CustomerRow => ({ ...sampleCustomer(at), name, email, phone, createdAt: at - age });
  const nordwind = customer('Nordwind Retail GmbH', 'ops@nordwind.example', null, 3000);
  const nordwindToo = customer('Nordwind Retail', 'Ops+returns@Nordwind.example', null, 2000);
  const ana = customer('Ana Silva', 'ana@gmail.com', '+49 30 1234567', 1000);
  const anaToo = customer('A. Silva', null, '0049301234567', 500);
  const stranger = customer('Harbour Freight', 'desk@harbour.example', null, 100);
  const rows: RowChange[] = [
    { op: 'upsert', entity: 'teams', id: team.id, scope: tenantScope, row: team },
    ...[lead, agent].map((a): RowChange => ({ op: 'upsert', entity: 'agents', id: a.id, scope: tenantScope, row: a })),
    ...[nordwind, nordwindToo, ana, anaToo, stranger].map((c): RowChange => ({ op: 'upsert', entity: 'customers', id: c.id, scope: tenantScope, row: c })),
  ];
  await store.db.transaction((tx) => commitChanges(tx, { changes: rows, now: at }));
  const ctx = { db: store.db, lane: new WriteLane(store.db, () => {}), now: () => at + 1000 };
  const actor = (p: typeof lead): AgentActor => ({ kind: 'agent', agentId: p.id, role: p.role, teamId: p.teamId });
  const commit = (call: MutationCall, who: AgentActor) => store.db.transaction((tx) => commitMutation(tx, call, who, at + 2000));
  return { store, ctx, nordwind, nordwindToo, ana, anaToo, lead: actor(lead), agent: actor(agent), commit };
}

const engines = (['pglite', 'postgres'] as const).filter((k) => k === 'pglite' || !postgresSkipReason());

describe.each(engines)('duplicate customers on the hub (%s)', (kind) => {
  it('flags pairs by normalised email and phone, older customer first, once', async () => {
    const w = await world(kind);
    expect(await detectDuplicates(w.ctx)).toBe(2);
    const pairs = await w.store.db.select().from(customerDuplicates);
    const byFirst = new Map(pairs.map((p) => [p.customerId, p]));
    expect(byFirst.get(w.nordwind.id)).toMatchObject({ otherId: w.nordwindToo.id, status: 'open', reasons: ['email', 'domain', 'name'] });
    expect(byFirst.get(w.ana.id)).toMatchObject({ otherId: w.anaToo.id, status: 'open', reasons: ['phone'] });
    // A second run finds nothing new.
    expect(await detectDuplicates(w.ctx)).toBe(0);
  });

  it('a dismissed pair stays dismissed; a merge from the list settles its pair; agents can do neither', async () => {
    const w = await world(kind);
    await detectDuplicates(w.ctx);
    const pairs = await w.store.db.select().from(customerDuplicates);
    const nordwindPair = pairs.find((p) => p.customerId === w.nordwind.id)!;
    const anaPair = pairs.find((p) => p.customerId === w.ana.id)!;

    const refused = await w.commit({ name: 'duplicate.dismiss', args: { id: anaPair.id } }, w.agent).catch((e: unknown) => e);
    expect((refused as MutationRejection).code).toBe('forbidden');
    await w.commit({ name: 'duplicate.dismiss', args: { id: anaPair.id } }, w.lead);
    await w.commit({ name: 'customer.merge', args: { survivorId: w.nordwind.id, loserId: w.nordwindToo.id, duplicateId: nordwindPair.id } }, w.lead);

    expect(await detectDuplicates(w.ctx)).toBe(0);
    const after = new Map((await w.store.db.select().from(customerDuplicates)).map((p) => [p.id, p.status]));
    expect(after.get(anaPair.id)).toBe('dismissed');
    expect(after.get(nordwindPair.id)).toBe('merged');
  });
});
