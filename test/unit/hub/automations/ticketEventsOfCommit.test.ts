import { describe, expect, it } from 'vitest';
import { uuidv7, type LiveChanges } from '../../../../src/core';
import { ticketEventsOfCommit } from '../../../../src/hub/automations/ticketEventsOfCommit';

const now = Date.UTC(2026, 11, 7, 10, 0);
const teamA = `team:${uuidv7()}`;
const teamB = `team:${uuidv7()}`;
let seq = 1;
const upsert = (scope: string, entity: string, row: Record<string, unknown> & { id: string }) => ({ seq: seq++, scope, entity, op: 'upsert', id: row.id, row });
const remove = (scope: string, entity: string, id: string) => ({ seq: seq++, scope, entity, op: 'delete', id, row: null });
const batch = (...rows: ReturnType<typeof upsert | typeof remove>[]): LiveChanges[] => [{ scope: teamA, prev: 0, rows }] as LiveChanges[];

describe('ticketEventsOfCommit', () => {
  it('a new ticket is "created" (its first message is not also a reply); a new inbound message on an older ticket is a reply', () => {
    const born = uuidv7();
    const older = uuidv7();
    const events = ticketEventsOfCommit(
      batch(
        upsert(teamA, 'tickets', { id: born, createdAt: now, updatedAt: now, status: 'new' }),
        upsert(teamA, 'messages', { id: uuidv7(), ticketId: born, direction: 'inbound', createdAt: now }),
        upsert(teamA, 'messages', { id: 'm2', ticketId: older, direction: 'inbound', createdAt: now }),
        upsert(teamA, 'messages', { id: 'm3', ticketId: older, direction: 'outbound', createdAt: now }),
      ),
      now,
    );
    expect(events).toEqual([
      { ticketId: born, event: 'ticket.created', key: born },
      { ticketId: older, event: 'ticket.customer_replied', key: 'message:m2' },
    ]);
  });

  it('a solve and a survey answer are events; an edited ticket, old facts and rows a transfer moved are not', () => {
    const id = uuidv7();
    const moved = uuidv7();
    const events = ticketEventsOfCommit(
      batch(
        upsert(teamA, 'tickets', { id, createdAt: now - 86_400_000, updatedAt: now, status: 'solved', solvedAt: now }),
        upsert(teamA, 'csat_responses', { id: 'r1', ticketId: id, score: 1 }),
        upsert(teamA, 'messages', { id: 'old', ticketId: id, direction: 'inbound', createdAt: now - 86_400_000 }),
        // A move: removal in the old scope, the same rows in the new one.
        remove(teamA, 'tickets', moved),
        upsert(teamB, 'tickets', { id: moved, createdAt: now, updatedAt: now, status: 'new' }),
        remove(teamA, 'messages', 'carried'),
        upsert(teamB, 'messages', { id: 'carried', ticketId: moved, direction: 'inbound', createdAt: now }),
      ),
      now,
    );
    expect(events).toEqual([
      { ticketId: id, event: 'ticket.solved', key: `solved:${now}` },
      { ticketId: id, event: 'csat.low_score', key: 'csat:r1' },
    ]);
  });
});
