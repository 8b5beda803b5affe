import { afterAll, describe, expect, it } from 'vitest';
import { slaAlert, syncSlaClock, uuidv7, type BusinessCalendar, type TicketRow } from '../../../../src/core';
import { zonedInstant } from '../../../../src/core/rules/businessHours/zonedTime';
import { openLocalStore } from '../../../../src/desktop/db/localStore';
import { countTickets } from '../../../../src/desktop/queries/tickets/countTickets';
import { listTickets } from '../../../../src/desktop/queries/tickets/listTickets';
import type { TicketViewer } from '../../../../src/desktop/queries/tickets/ticketFilterWhere';
import { tempDir } from '../../../fixtures/desktop/tempDir';
import { sampleCustomer, sampleTicket } from '../../../fixtures/sampleRows';

const H = 3_600_000;
const zone = 'Europe/Berlin';
const berlin: BusinessCalendar = { timeZone: zone, week: Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [{ start: '08:00', end: '18:00' }]])), holidays: [] };
const at = (day: number, hh: number, mm: number) => zonedInstant({ year: 2026, month: 12, day }, hh * 60 + mm, zone);

/**
 * The inbox's "SLA at risk" view and count on the replica agree with the badge (core's slaAlert on
 * the team's calendar) near closing time, where plain time used to say "not yet".
 */
describe('"SLA at risk" view in business time', () => {
  const dir = tempDir('relay-atrisk-');
  const store = openLocalStore(dir.file('replica.sqlite'));
  afterAll(() => {
    store.close();
    dir.remove();
  });
  const team = { id: uuidv7(1), name: 'Parcel Support', createdAt: 1, calendar: berlin };
  const customer = sampleCustomer(at(1, 9, 0));
  // Urgent tickets (1 h first response) opened so their first response falls due early Monday.
  const make = (subject: string, createdAt: number, number: number): TicketRow => {
    const base = { ...sampleTicket(createdAt, customer.id, team.id), id: uuidv7(createdAt + number), number, subject, priority: 'urgent' as const, status: 'open' as const };
    return { ...base, ...syncSlaClock(base, 'standard', [], null, berlin) };
  };
  const mondayEarly = make('Due Monday 08:30', at(4, 17, 30), 1); // 30 min on Friday, 30 on Monday
  const mondayLate = make('Due Monday 10:00', at(7, 9, 0), 2); // opened Monday 09:00
  store.transaction(() => {
    store.rows.put('teams', team);
    store.rows.put('customers', customer);
    for (const t of [mondayEarly, mondayLate]) store.rows.put('tickets', t);
  });

  it('Friday 17:45: the ticket due Monday 08:30 is at risk in the view, the count and the badge', () => {
    const now = at(4, 17, 45);
    const viewer: TicketViewer = { agentId: null, teamId: team.id, now, slaAtRiskMs: H };
    expect(mondayEarly.firstResponseDueAt).toBe(at(7, 8, 30));
    // What the old plain-time condition saw: 62 h 45 min away, far outside the hour.
    expect(mondayEarly.firstResponseDueAt! - now).toBeGreaterThan(H);
    expect(slaAlert(mondayEarly, now, H, berlin)?.level).toBe('at_risk');
    expect(listTickets(store.db, { view: 'sla_at_risk', limit: 10 }, viewer).map((t) => t.subject)).toEqual(['Due Monday 08:30']);
    expect(countTickets(store.db, undefined, viewer).views.sla_at_risk).toBe(1);
  });

  it('Friday 17:15 neither the badge nor the view calls it at risk (45 min on Friday + 30 on Monday left)', () => {
    const now = at(4, 17, 15);
    const viewer: TicketViewer = { agentId: null, teamId: team.id, now, slaAtRiskMs: H };
    expect(slaAlert(mondayEarly, now, H, berlin)).toBeNull();
    expect(countTickets(store.db, undefined, viewer).views.sla_at_risk).toBe(0);
  });

  it('a ticket the hub has not re-timed yet (no at-risk instant) still counts in plain time', () => {
    const legacy = { ...make('Re-timed later', at(7, 9, 30), 3), slaAtRiskAt: null };
    store.transaction(() => store.rows.put('tickets', legacy));
    const now = at(7, 10, 0);
    const viewer: TicketViewer = { agentId: null, teamId: team.id, now, slaAtRiskMs: H };
    expect(listTickets(store.db, { view: 'sla_at_risk', sort: 'sla_due', limit: 10 }, viewer).map((t) => t.subject)).toEqual(['Due Monday 10:00', 'Re-timed later']);
  });
});
