import type { MessageRow, TicketRow } from '../domain/rows';
import type { CsatResponseRow } from '../domain/workspaceRows';
import { teamScope } from '../domain/scopes';
import type { RowChange } from '../mutations/MutationDef';
import { MutationRejection } from '../mutations/MutationRejection';
import { anonymised } from './anonymised';

/**
 * Tickets with their messages and survey comments anonymised, as row upserts in each ticket's
 * team scope. The tickets are closed: a customer's later email opens a new ticket instead of
 * resuming an emptied one, and a reply still queued on a replica is refused.
 */
export function anonymisedThread(tickets: readonly TicketRow[], messages: readonly MessageRow[], csat: readonly CsatResponseRow[], now: number): RowChange[] {
  const teamOf = new Map(tickets.map((t) => [t.id, t.teamId]));
  const changes: RowChange[] = tickets.map((t) => ({
    op: 'upsert',
    entity: 'tickets',
    id: t.id,
    scope: teamScope(t.teamId),
    row: { ...anonymised('tickets', t), status: 'closed', solvedAt: t.solvedAt ?? now, updatedAt: Math.max(now, t.updatedAt + 1) },
  }));
  for (const m of messages) {
    const teamId = teamOf.get(m.ticketId);
    if (teamId === undefined) throw new MutationRejection('invalid_args', `Message ${m.id} is not on one of the tickets being anonymised.`);
    changes.push({ op: 'upsert', entity: 'messages', id: m.id, scope: teamScope(teamId), row: anonymised('messages', m) });
  }
  for (const r of csat) {
    // An answer whose ticket is not in this set stays as it is (it is anonymised with its own ticket).
    const teamId = teamOf.get(r.ticketId);
    if (teamId !== undefined && r.comment !== null) changes.push({ op: 'upsert', entity: 'csat_responses', id: r.id, scope: teamScope(teamId), row: anonymised('csat_responses', r) });
  }
  return changes;
}
