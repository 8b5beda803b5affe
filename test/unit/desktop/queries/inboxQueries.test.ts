import { afterAll, describe, expect, it } from 'vitest';
import { messageRowDefaults, uuidv7, type AgentRow, type MessageRow, type TicketRow } from '../../../../src/core';
import { openLocalStore } from '../../../../src/desktop/db/localStore';
import { countTickets } from '../../../../src/desktop/queries/tickets/countTickets';
import { getTicketDetail } from '../../../../src/desktop/queries/tickets/getTicketDetail';
import { listMergeTargets } from '../../../../src/desktop/queries/tickets/listMergeTargets';
import { listTickets } from '../../../../src/desktop/queries/tickets/listTickets';
import type { TicketViewer } from '../../../../src/desktop/queries/tickets/ticketFilterWhere';
import { readSlaAtRiskMs } from '../../../../src/desktop/queries/tickets/readSlaAtRiskMs';
import { cachedSlaAtRiskMs } from '../../../../src/desktop/queries/tickets/cachedSlaAtRiskMs';
import { EventHub } from '../../../../src/desktop/events/EventHub';
import { sampleCustomer, sampleTicket } from '../../../fixtures/sampleRows';
import { tempDir } from '../../../fixtures/desktop/tempDir';

const now = Date.UTC(2026, 10, 23, 12, 0);
const HOUR = 3_600_000;

describe('inbox queries on the replica', () => {
  const dir = tempDir('relay-inbox-');
  const store = openLocalStore(dir.file('replica.sqlite'));
  afterAll(() => {
    store.close();
    dir.remove();
  });

  const teamA = uuidv7(1);
  const teamB = uuidv7(2);
  const me: AgentRow = { id: uuidv7(3), teamId: teamA, name: 'Priya Nair', email: 'priya@relay.example', role: 'agent', createdAt: 1, signature: '' };
  const colleague: AgentRow = { id: uuidv7(4), teamId: teamA, name: 'Samir Haddad', email: 'samir@relay.example', role: 'agent', createdAt: 1, signature: '' };
  const nordwind = sampleCustomer(now);
  const acme = { ...sampleCustomer(now), name: 'Acme Freight' };
  const viewer: TicketViewer = { agentId: me.id, teamId: teamA, now, slaAtRiskMs: HOUR };
  let n = 2000;
  const ticket = (fields: Partial<TicketRow>): TicketRow => ({ ...sampleTicket(now, nordwind.id, teamA), number: n++, ...fields });

  const breached = ticket({ subject: 'Pallet lost', assigneeId: me.id, status: 'open', priority: 'urgent', firstResponseDueAt: now - HOUR, updatedAt: now - 5 * HOUR });
  const atRisk = ticket({ subject: 'Customs papers', status: 'new', priority: 'low', channel: 'chat', firstResponseDueAt: now + 30 * 60_000, updatedAt: now - 4 * HOUR });
  const pausedBeforeDue = ticket({ subject: 'Waiting on carrier', status: 'on_hold', assigneeId: colleague.id, firstResponseDueAt: now - 30 * 60_000, slaPausedAt: now - 2 * HOUR, updatedAt: now - 3 * HOUR });
  const solved = ticket({ subject: 'Invoice copy', status: 'solved', assigneeId: me.id, channel: 'sms', resolutionDueAt: now - HOUR, updatedAt: now - 2 * HOUR });
  const otherTeam = ticket({ subject: 'Reefer temperature alarm', teamId: teamB, customerId: acme.id, channel: 'phone', status: 'open', updatedAt: now - HOUR });
  const duplicate = ticket({ subject: 'Pallet lost (2nd mail)', status: 'closed', mergedIntoId: breached.id, updatedAt: now - 30 * 60_000 });
  const all = [breached, atRisk, pausedBeforeDue, solved, otherTeam, duplicate];
  const message = (t: TicketRow, at: number, body: string): MessageRow => ({
    ...messageRowDefaults(),
    id: uuidv7(at),
    ticketId: t.id,
    direction: 'inbound',
    channel: t.channel,
    authorId: null,
    body,
    deliveryStatus: 'received',
    createdAt: at,
  });

  store.transaction(() => {
    for (const a of [me, colleague]) store.rows.put('agents', a);
    for (const c of [nordwind, acme]) store.rows.put('customers', c);
    for (const t of all) store.rows.put('tickets', t);
    store.rows.put('messages', message(breached, now - 6 * HOUR, 'Where is pallet 3?'));
    store.rows.put('messages', message(duplicate, now - 40 * 60_000, 'Writing again about pallet 3.'));
  });

  const subjects = (input: Parameters<typeof listTickets>[1]) => listTickets(store.db, input, viewer).map((t) => t.subject);

  it('lists each view, and its count matches the list', () => {
    // "Mine" is my active tickets: my solved "Invoice copy" is not counted.
    expect(subjects({ view: 'mine', limit: 100 })).toEqual(['Pallet lost']);
    expect(subjects({ view: 'unassigned', limit: 100 })).toEqual(['Pallet lost (2nd mail)', 'Reefer temperature alarm', 'Customs papers']);
    expect(subjects({ view: 'team', limit: 100 })).not.toContain('Reefer temperature alarm');
    expect(subjects({ view: 'sla_breached', limit: 100 })).toEqual(['Pallet lost']);
    expect(subjects({ view: 'sla_at_risk', limit: 100 })).toEqual(['Customs papers']);
    const counts = countTickets(store.db, undefined, viewer);
    for (const view of ['all', 'mine', 'unassigned', 'team', 'sla_at_risk', 'sla_breached'] as const) {
      expect(counts.views[view], view).toBe(listTickets(store.db, { view, limit: 100 }, viewer).length);
    }
    expect(counts.channels).toMatchObject({ email: 3, chat: 1, sms: 1, phone: 1, social: 0 });
    expect(counts.statuses).toMatchObject({ open: 2, new: 1, on_hold: 1, solved: 1, closed: 1, pending: 0 });
    expect(counts.matching).toBeNull();
  });

  it('"SLA at risk" follows the threshold a lead set (the replicated sla.at_risk automation)', () => {
    expect(readSlaAtRiskMs(store.db)).toBe(HOUR);
    const events = new EventHub();
    const threshold = cachedSlaAtRiskMs(store.db, events);
    expect(threshold()).toBe(HOUR);
    const tight = { ...viewer, slaAtRiskMs: 20 * 60_000 };
    expect(listTickets(store.db, { view: 'sla_at_risk', limit: 100 }, tight)).toEqual([]);
    expect(countTickets(store.db, undefined, tight).views.sla_at_risk).toBe(0);
    store.transaction(() => store.rows.put('automations', { id: uuidv7(now), name: 'SLA at risk', trigger: 'sla.at_risk', enabled: true, config: { withinMinutes: 20 } }));
    expect(readSlaAtRiskMs(store.db)).toBe(20 * 60_000);
    // The cached threshold is kept until the automations are announced as changed, not re-read per inbox call.
    expect(threshold()).toBe(HOUR);
    events.emit('data.changed', { entities: ['tickets', 'messages'] });
    expect(threshold()).toBe(HOUR);
    events.emit('data.changed', { entities: ['tickets', 'automations'] });
    expect(threshold()).toBe(20 * 60_000);
  });

  it('filters by channel, status, priority and search; counts the filtered total', () => {
    expect(subjects({ channel: ['chat', 'phone'], limit: 100 })).toEqual(['Reefer temperature alarm', 'Customs papers']);
    expect(subjects({ status: ['open'], priority: ['urgent'], limit: 100 })).toEqual(['Pallet lost']);
    expect(subjects({ search: 'pallet', limit: 100 })).toEqual(['Pallet lost (2nd mail)', 'Pallet lost']);
    expect(subjects({ search: 'acme', limit: 100 })).toEqual(['Reefer temperature alarm']);
    expect(subjects({ search: `#${atRisk.number}`, limit: 100 })).toEqual(['Customs papers']);
    expect(subjects({ search: '100%', limit: 100 })).toEqual([]);
    expect(countTickets(store.db, { view: 'all', search: 'pallet' }, viewer).matching).toBe(2);
  });

  it('sorts by priority, SLA due and age, and pages with offset', () => {
    expect(subjects({ sort: 'priority', limit: 1 })).toEqual(['Pallet lost']);
    expect(subjects({ sort: 'sla_due', limit: 2 })).toEqual(['Pallet lost', 'Waiting on carrier']);
    expect(subjects({ sort: 'oldest', limit: 2 })).toEqual(['Pallet lost', 'Customs papers']);
    expect(subjects({ sort: 'newest', offset: 1, limit: 2 })).toEqual(['Reefer temperature alarm', 'Invoice copy']);
  });

  it('shows a merged duplicate’s messages in the target’s thread, and offers merge targets of the same customer and team', () => {
    const detail = getTicketDetail(store.db, breached.id)!;
    expect(detail.messages.map((m) => m.body)).toEqual(['Where is pallet 3?', 'Writing again about pallet 3.']);
    expect(detail.mergedFrom).toEqual([{ id: duplicate.id, number: duplicate.number, subject: duplicate.subject }]);
    expect(detail.teamAgents.map((a) => a.name)).toEqual(['Priya Nair', 'Samir Haddad']);
    expect(getTicketDetail(store.db, duplicate.id)!.mergedInto?.id).toBe(breached.id);
    const targets = listMergeTargets(store.db, atRisk.id).map((t) => t.subject);
    expect(targets).toEqual(expect.arrayContaining(['Pallet lost', 'Waiting on carrier', 'Invoice copy']));
    expect(targets).not.toContain('Pallet lost (2nd mail)');
    expect(targets).not.toContain('Reefer temperature alarm');
  });

  it("carries the customer's satisfaction answer, once there is one", () => {
    expect(getTicketDetail(store.db, solved.id)!.csat).toBeNull();
    store.transaction(() => store.rows.put('csat_responses', { id: uuidv7(now), ticketId: solved.id, customerId: solved.customerId, score: 2, comment: 'Slow', createdAt: now }));
    expect(getTicketDetail(store.db, solved.id)!.csat).toEqual({ score: 2, comment: 'Slow', createdAt: now });
    expect(getTicketDetail(store.db, breached.id)!.csat).toBeNull();
  });
});
