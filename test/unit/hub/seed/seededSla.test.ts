import { describe, expect, it } from 'vitest';
import { businessMsBetween, calendarOfTeam, sameSlaClock, syncSlaClock, type CustomerRow, type MessageRow, type SlaPolicyRow, type TeamRow, type TicketRow } from '../../../../src/core';
import { buildDemoRows } from '../../../../src/hub/seed/buildDemoRows';

// As written (November 2026), and moved to a later day across a DST change and a weekday change.
describe.each([undefined, Date.UTC(2027, 2, 31, 15, 0)])('seeded demo tickets carry their SLA clock from the start (seeded at %s)', (seededAt) => {
  const { rows } = buildDemoRows(seededAt);
  const of = <T>(entity: string): T[] => rows.filter((r) => r.entity === entity).map((r) => r.row as T);
  const tickets = of<TicketRow>('tickets');
  const tiers = new Map(of<CustomerRow>('customers').map((c) => [c.id, c.tier]));
  const policy = of<SlaPolicyRow>('sla_policies');
  const calendars = new Map(of<TeamRow>('teams').map((t) => [t.id, calendarOfTeam(t)]));
  const firstReply = new Map<string, number>();
  for (const m of of<MessageRow>('messages')) {
    if (m.direction !== 'outbound' || m.authorId === null) continue;
    firstReply.set(m.ticketId, Math.min(firstReply.get(m.ticketId) ?? Infinity, m.createdAt));
  }

  it('every ticket, hand-written ones included, has first-response and resolution due times', () => {
    const missing = tickets.filter((t) => t.firstResponseDueAt === null || t.resolutionDueAt === null).map((t) => `#${t.number} ${t.subject}`);
    expect(missing).toEqual([]);
  });

  it("the hub's first touch (its SLA sync) changes no seeded ticket's clock", () => {
    const drifted = tickets.filter((t) => !sameSlaClock(t, syncSlaClock(t, tiers.get(t.customerId) ?? 'standard', policy, firstReply.get(t.id) ?? null, calendars.get(t.teamId))));
    expect(drifted.map((t) => `#${t.number} ${t.subject}`)).toEqual([]);
  });

  it('the demo teams work on real calendars: no first-response due time falls outside its team\'s hours', () => {
    expect([...calendars.values()].every((c) => c.timeZone !== 'UTC')).toBe(true);
    const outside = tickets.filter((t) => {
      const calendar = calendars.get(t.teamId)!;
      const due = t.firstResponseDueAt!;
      return t.firstRespondedAt === null && businessMsBetween(due - 60_000, due, calendar) === 0;
    });
    expect(outside.map((t) => `#${t.number}`)).toEqual([]);
  });
});
