import { describe, expect, it } from 'vitest';
import { sameSlaClock, syncSlaClock, type CustomerRow, type MessageRow, type SlaPolicyRow, type TicketRow } from '../../../../src/core';
import { buildDemoRows } from '../../../../src/hub/seed/buildDemoRows';

describe('seeded demo tickets carry their SLA clock from the start', () => {
  const { rows } = buildDemoRows();
  const of = <T>(entity: string): T[] => rows.filter((r) => r.entity === entity).map((r) => r.row as T);
  const tickets = of<TicketRow>('tickets');
  const tiers = new Map(of<CustomerRow>('customers').map((c) => [c.id, c.tier]));
  const policy = of<SlaPolicyRow>('sla_policies');
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
    const drifted = tickets.filter((t) => !sameSlaClock(t, syncSlaClock(t, tiers.get(t.customerId) ?? 'standard', policy, firstReply.get(t.id) ?? null)));
    expect(drifted.map((t) => `#${t.number} ${t.subject}`)).toEqual([]);
  });
});
