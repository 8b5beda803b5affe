import { describe, expect, it } from 'vitest';
import { entityRowSchemas, teamScope, type RowChange } from '../../../../src/core';
import { buildDemoRows } from '../../../../src/hub/seed/buildDemoRows';

async function build(): Promise<RowChange[]> {
  let n = 1000;
  return buildDemoRows(async () => ++n);
}

describe('buildDemoRows', () => {
  it('is deterministic: the same ids, timestamps and numbers on every run', async () => {
    expect(await build()).toEqual(await build());
  });

  it('produces valid, coherent rows in the right scopes', async () => {
    const rows = await build();
    const byEntity = (e: RowChange['entity']) => rows.filter((r) => r.entity === e).map((r) => r.row as Record<string, unknown>);
    for (const change of rows) {
      expect(() => entityRowSchemas[change.entity].parse(change.row)).not.toThrow();
    }
    expect(byEntity('teams')).toHaveLength(2);
    expect(byEntity('agents').map((a) => a.role).sort()).toEqual(['admin', 'agent', 'agent', 'lead']);
    expect(byEntity('customers')).toHaveLength(12);
    expect(new Set(byEntity('customers').map((c) => c.kind))).toEqual(new Set(['b2b', 'b2c']));
    const tickets = byEntity('tickets');
    expect(tickets.length).toBeGreaterThanOrEqual(10);
    const ids = new Set(rows.map((r) => r.id));
    expect(ids.size).toBe(rows.length);
    for (const ticket of tickets) {
      const change = rows.find((r) => r.id === ticket.id);
      expect(change?.scope).toBe(teamScope(String(ticket.teamId)));
      const messages = byEntity('messages').filter((m) => m.ticketId === ticket.id);
      expect(messages.length).toBeGreaterThanOrEqual(2);
      expect(messages.length).toBeLessThanOrEqual(4);
      expect(ticket.lastMessageAt).toBe(Math.max(...messages.map((m) => Number(m.createdAt))));
      expect(messages.every((m) => m.channel === ticket.channel)).toBe(true);
    }
    expect(tickets.map((t) => t.number)).toEqual(tickets.map((_, i) => 1001 + i));
  });
});
