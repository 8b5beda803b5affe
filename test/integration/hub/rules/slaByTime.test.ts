import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { H, startRulesHarness, type RulesHarness } from './rulesHarness';

// One PGlite hub for the file; each test opens its own ticket and moves the shared clock forward only.
let h: RulesHarness;
beforeAll(async () => {
  h = await startRulesHarness({});
});
afterAll(async () => h.close());

const alerts = async (action: 'sla.at_risk' | 'sla.breached', ticketId: string) => (await h.audit(action)).filter((a) => a.entityId === ticketId).map((a) => a.detail);

describe('rules engine: the sweep marks at risk and breached by time alone', () => {
  it('nobody touches the ticket: at risk within the default hour of its first-response due time, then breached, each once', async () => {
    const t = await h.openTicket(); // high, standard: first response due in 4 h
    h.advance(2.5 * H);
    await h.engine.sweep();
    expect(await alerts('sla.at_risk', t.id)).toEqual([]);
    h.advance(H);
    await h.engine.sweep();
    await h.engine.sweep();
    expect(await alerts('sla.at_risk', t.id)).toEqual([{ kind: 'first_response', dueAt: t.createdAt + 4 * H }]);
    expect(await alerts('sla.breached', t.id)).toEqual([]);
    h.advance(H);
    await h.engine.sweep();
    expect(await alerts('sla.breached', t.id)).toEqual([{ kind: 'first_response', dueAt: t.createdAt + 4 * H }]);
    expect(await alerts('sla.at_risk', t.id)).toHaveLength(1);
  });

  it("a lead's threshold (the sla.at_risk setting) widens the window: 3 h flags a ticket the default hour would not", async () => {
    await h.automation('sla.at_risk', { withinMinutes: 180 });
    const t = await h.openTicket();
    h.advance(1.5 * H);
    await h.engine.sweep();
    expect(await alerts('sla.at_risk', t.id)).toEqual([{ kind: 'first_response', dueAt: t.createdAt + 4 * H }]);
  });
});
