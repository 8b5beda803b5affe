import { afterAll, describe, expect, it } from 'vitest';
import { channelSchema, ticketPrioritySchema, ticketStatusSchema, uuidv7 } from '../../../../src/core';
import { openLocalStore } from '../../../../src/desktop/db/localStore';
import { countTickets } from '../../../../src/desktop/queries/tickets/countTickets';
import { listTickets } from '../../../../src/desktop/queries/tickets/listTickets';
import type { TicketViewer } from '../../../../src/desktop/queries/tickets/ticketFilterWhere';
import { ticketPageQuery, type TicketPageInput } from '../../../../src/desktop/queries/tickets/ticketPageQuery';
import { tempDir } from '../../../fixtures/desktop/tempDir';

const TICKETS = 100_000;
const now = Date.UTC(2026, 10, 23, 12, 0);

/** The inbox on a replica holding 100k tickets: every view and sort reads through an index. */
describe('inbox query plans at 100k tickets', () => {
  const dir = tempDir('relay-inbox-plans-');
  const store = openLocalStore(dir.file('replica.sqlite'));
  afterAll(() => {
    store.close();
    dir.remove();
  });
  const agents = Array.from({ length: 20 }, (_, i) => uuidv7(i + 1));
  const teams = [uuidv7(100), uuidv7(101), uuidv7(102)];
  const viewer: TicketViewer = { agentId: agents[0]!, teamId: teams[0]!, now, slaAtRiskMs: 3_600_000 };

  const insert = store.sqlite.prepare(
    `insert into tickets (id, number, subject, customer_id, team_id, assignee_id, channel, status, priority,
       first_response_due_at, resolution_due_at, first_responded_at, created_at, updated_at, last_message_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  store.transaction(() => {
    for (let i = 0; i < TICKETS; i++) {
      const at = now - i * 60_000;
      const status = ticketStatusSchema.options[i % 6]!;
      insert.run(
        uuidv7(at),
        1000 + i,
        `Shipment question ${i}`,
        uuidv7(i % 5000),
        teams[i % 3],
        i % 4 === 0 ? null : agents[i % 20],
        channelSchema.options[i % 5],
        status,
        ticketPrioritySchema.options[i % 4],
        at + 4 * 3_600_000,
        at + 24 * 3_600_000,
        i % 2 === 0 ? null : at + 600_000,
        at,
        at,
        at,
      );
    }
  });

  function plan(input: TicketPageInput): string {
    const { sql, params } = ticketPageQuery(store.db, input, viewer).toSQL();
    const rows = store.sqlite.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[];
    return rows.map((r) => r.detail).join(' | ');
  }

  it.each([
    ['newest', { limit: 200 }, 'tickets_updated_idx'],
    ['oldest page far down', { sort: 'oldest', offset: 90_000, limit: 200 }, 'tickets_updated_idx'],
    ['mine', { view: 'mine', limit: 200 }, 'tickets_assignee_updated_idx'],
    ['unassigned', { view: 'unassigned', limit: 200 }, 'tickets_assignee_updated_idx'],
    ['my team', { view: 'team', limit: 200 }, 'tickets_team_updated_idx'],
    ['one status', { status: ['open'], limit: 200 }, 'tickets_status_updated_idx'],
    ['by priority', { sort: 'priority', limit: 200 }, 'tickets_priority_rank_idx'],
    ['by SLA due', { sort: 'sla_due', offset: 5000, limit: 200 }, 'tickets_sla_next_idx'],
    // Without ANALYZE statistics SQLite may walk the ordering index instead; either is an index.
    ['SLA breached', { view: 'sla_breached', limit: 200 }, /tickets_sla_next_idx|tickets_updated_idx/],
    ['SLA at risk', { view: 'sla_at_risk', limit: 200 }, /(?=.*tickets_sla_at_risk_idx \(sla_at_risk_at<\?\))(?=.*tickets_sla_next_idx)/],
  ] as const)('%s reads through %s', (_name, input, index) => {
    const detail = plan(input as TicketPageInput);
    expect(detail).toMatch(index);
    // No sort of the whole table; at risk sorts only its hour of due tickets.
    if (_name !== 'SLA at risk') expect(detail).not.toContain('TEMP B-TREE');
  });

  it('answers pages, filtered pages and counts over all of them', () => {
    const counts = countTickets(store.db, { view: 'mine', status: ['open'] }, viewer);
    expect(counts.views.all).toBe(TICKETS);
    expect(counts.views.unassigned).toBe(TICKETS / 4);
    expect(counts.matching).toBe(listTickets(store.db, { view: 'mine', status: ['open'], limit: 1000 }, viewer).length);
    const far = listTickets(store.db, { sort: 'oldest', offset: TICKETS - 2, limit: 200 }, viewer);
    expect(far.map((t) => t.number)).toEqual([1001, 1000]);
    expect(listTickets(store.db, { sort: 'sla_due', search: '#5242', limit: 10 }, viewer).map((t) => t.number)).toEqual([5242]);
    expect(listTickets(store.db, { view: 'sla_breached', limit: 5 }, viewer)).toHaveLength(5);
  });
});
