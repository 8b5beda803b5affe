import { describe, expect, it } from 'vitest';
import { uuidv7, type Actor, type AgentRow, type AnyRow, type RowChange } from '../../../../src/core';
import { coreFixtures } from '../fixtures';
import { rejectionOf } from '../rejectionOf';
import { runCoreMutation } from '../runCoreMutation';

const now = Date.UTC(2026, 11, 7, 10, 0);
const run = (args: unknown, db: AnyRow[], actor: Actor): RowChange[] => runCoreMutation('ticket.transfer', args, db, { actor, now, sequences: {} });

function agentRow(teamId: string, name: string): AgentRow {
  return { id: uuidv7(), name, email: `${name.toLowerCase()}@relay.example`, role: 'agent', teamId, createdAt: now, signature: '' };
}

describe('ticket.transfer', () => {
  it('removes the ticket from the old team naming the new one, writes it and the note in the new team, unassigned', () => {
    const f = coreFixtures();
    const ticket = { ...f.ticket, assigneeId: f.agentA.agentId };
    const noteId = uuidv7();
    const changes = run({ id: ticket.id, teamId: f.teamB.id, noteId, note: '  Needs a freight quote ' }, [ticket, f.teamB], f.agentA);
    expect(changes[0]).toMatchObject({ op: 'delete', entity: 'tickets', id: ticket.id, scope: `team:${f.teamA.id}`, movedTo: f.teamB.id });
    expect(changes[1]).toMatchObject({ op: 'upsert', scope: `team:${f.teamB.id}`, row: { teamId: f.teamB.id, assigneeId: null, updatedAt: now } });
    expect(changes[2]).toMatchObject({ entity: 'messages', id: noteId, scope: `team:${f.teamB.id}`, row: { direction: 'note', body: 'Moved to Freight Desk: Needs a freight quote', authorId: f.agentA.agentId } });
  });

  it('keeps an assignee who belongs to the new team and refuses one who does not', () => {
    const f = coreFixtures();
    const rafael = agentRow(f.teamB.id, 'Rafael');
    const samir = agentRow(f.teamA.id, 'Samir');
    const args = { id: f.ticket.id, teamId: f.teamB.id, noteId: uuidv7() };
    expect(run({ ...args, assigneeId: rafael.id }, [f.ticket, f.teamB, rafael], f.agentA)[1]?.row).toMatchObject({ assigneeId: rafael.id });
    expect(rejectionOf(() => run({ ...args, assigneeId: samir.id }, [f.ticket, f.teamB, samir], f.agentA)).message).toBe('Samir is not in Freight Desk.');
  });

  it('refuses another team’s ticket, an unknown team, the same team and a merged duplicate', () => {
    const f = coreFixtures();
    const args = { id: f.ticket.id, teamId: f.teamB.id, noteId: uuidv7() };
    expect(rejectionOf(() => run(args, [f.ticket, f.teamB], f.agentB)).code).toBe('not_found');
    expect(rejectionOf(() => run(args, [f.ticket], f.agentA)).message).toMatch(/Team .* does not exist/);
    expect(rejectionOf(() => run({ ...args, teamId: f.teamA.id }, [f.ticket, f.teamA], f.agentA)).message).toBe('This ticket is already with Parcel Support.');
    const merged = { ...f.ticket, mergedIntoId: uuidv7() };
    expect(rejectionOf(() => run(args, [merged, f.teamB], f.agentA)).code).toBe('conflict');
    // An admin moves any team's ticket.
    expect(run(args, [f.ticket, f.teamB], f.admin)).toHaveLength(3);
  });
});
