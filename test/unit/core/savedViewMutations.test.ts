import { describe, expect, it } from 'vitest';
import { uuidv7, type Actor, type AnyRow, type RowChange, type SavedViewRow } from '../../../src/core';
import { coreFixtures } from './fixtures';
import { rejectionOf } from './rejectionOf';
import { runCoreMutation } from './runCoreMutation';

const now = Date.UTC(2026, 11, 7, 15, 0);

function run(name: string, args: unknown, db: AnyRow[], actor: Actor, at = now): RowChange[] {
  return runCoreMutation(name, args, db, { actor, now: at, sequences: {} });
}

const query = { view: 'team', channel: ['email'], status: ['open'], priority: ['urgent'], search: ' pallet ', sort: 'sla_due' };

describe('view.save / view.delete', () => {
  it('saves a personal view with the whole query (later filters kept) in the tenant scope', () => {
    const f = coreFixtures();
    const id = uuidv7();
    const [change, ...rest] = run('view.save', { id, name: '  Urgent email  ', query: { ...query, tags: ['vip'], laterFilter: 'kept' } }, [], f.agentA);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ op: 'upsert', entity: 'saved_views', id, scope: 'tenant' });
    expect(change?.row).toEqual({
      id,
      name: 'Urgent email',
      ownerId: f.agentA.agentId,
      teamId: null,
      query: { ...query, search: 'pallet', tags: ['vip'], fields: {}, laterFilter: 'kept' },
      createdAt: now,
      updatedAt: now,
    });
  });

  it('refuses a bad name or query at the field', () => {
    const f = coreFixtures();
    expect(rejectionOf(() => run('view.save', { id: uuidv7(), name: ' ', query }, [], f.agentA)).message).toMatch(/name: Give the view a name/);
    const bad = rejectionOf(() => run('view.save', { id: uuidv7(), name: 'X', query: { ...query, sort: 'loudest' } }, [], f.agentA));
    expect(bad.code).toBe('invalid_args');
    expect(bad.message).toMatch(/query\.sort/);
  });

  it("keeps another agent's personal view out of reach, with the same answer as a missing one", () => {
    const f = coreFixtures();
    const mine: SavedViewRow = { id: uuidv7(), name: 'Mine', ownerId: f.agentA.agentId, teamId: null, query: { ...query, search: '' } as SavedViewRow['query'], createdAt: now, updatedAt: now };
    const colleague: Actor = { ...f.agentA, agentId: uuidv7() };
    const rename = rejectionOf(() => run('view.save', { id: mine.id, name: 'Stolen', query }, [mine], colleague));
    expect(rename.code).toBe('not_found');
    const del = rejectionOf(() => run('view.delete', { id: mine.id }, [mine], colleague));
    expect(del.code).toBe('not_found');
    expect(rejectionOf(() => run('view.delete', { id: uuidv7() }, [], colleague)).code).toBe('not_found');
    expect(run('view.delete', { id: mine.id }, [mine], f.agentA)).toEqual([{ op: 'delete', entity: 'saved_views', id: mine.id, scope: 'tenant', row: null }]);
  });

  it("lets a lead share a view with their own team but not another team's; agents cannot share", () => {
    const f = coreFixtures();
    const lead: Actor = { ...f.agentA, role: 'lead' };
    const shared = run('view.save', { id: uuidv7(), name: 'Team urgent', teamId: f.teamA.id, query }, [f.teamA], lead)[0];
    expect(shared?.row).toMatchObject({ teamId: f.teamA.id, ownerId: lead.agentId });
    const other = rejectionOf(() => run('view.save', { id: uuidv7(), name: 'Theirs', teamId: f.teamB.id, query }, [f.teamB], lead));
    expect(other.code).toBe('forbidden');
    const agent = rejectionOf(() => run('view.save', { id: uuidv7(), name: 'Mine for all', teamId: f.teamA.id, query }, [f.teamA], f.agentA));
    expect(agent.code).toBe('forbidden');
    expect(rejectionOf(() => run('view.save', { id: uuidv7(), name: 'Ghost', teamId: uuidv7(), query }, [], f.admin)).code).toBe('not_found');
  });

  it("lets an admin edit another team's shared view, keeping its owner and creation time; its agents cannot delete it", () => {
    const f = coreFixtures();
    const view: SavedViewRow = { id: uuidv7(), name: 'Freight backlog', ownerId: uuidv7(), teamId: f.teamB.id, query: { ...query, search: '' } as SavedViewRow['query'], createdAt: now - 5000, updatedAt: now - 5000 };
    const [change] = run('view.save', { id: view.id, name: 'Freight backlog (urgent)', teamId: f.teamB.id, query }, [view, f.teamB], f.admin);
    expect(change?.row).toMatchObject({ ownerId: view.ownerId, createdAt: now - 5000, updatedAt: now, name: 'Freight backlog (urgent)' });
    expect(rejectionOf(() => run('view.delete', { id: view.id }, [view], f.agentB)).code).toBe('forbidden');
    // A personal view cannot be turned into a team view by someone else, nor a team view taken private.
    expect(rejectionOf(() => run('view.save', { id: view.id, name: 'Private now', teamId: null, query }, [view], f.admin)).code).toBe('not_found');
  });

  it('refuses the hub itself: views belong to people', () => {
    const error = rejectionOf(() => run('view.save', { id: uuidv7(), name: 'Rules', query }, [], { kind: 'system', systemId: 'system:rules' }));
    expect(error.code).toBe('forbidden');
  });
});
