import { describe, expect, it } from 'vitest';
import { uuidv7, type Actor, type AgentActor, type AnyRow, type AutomationRow, type MacroRow, type RowChange } from '../../../src/core';
import { coreFixtures } from './fixtures';
import { rejectionOf } from './rejectionOf';
import { runCoreMutation } from './runCoreMutation';

const now = Date.UTC(2026, 11, 7, 10, 0);
const run = (name: string, args: unknown, db: AnyRow[], actor: Actor): RowChange[] => runCoreMutation(name, args, db, { actor, now, sequences: {} });

function setup() {
  const f = coreFixtures();
  const lead: AgentActor = { agentId: uuidv7(now), role: 'lead', teamId: f.teamA.id };
  const shared: MacroRow = { id: uuidv7(now), title: 'Delay apology', body: 'Hi {{customer.name}}', channel: null, ownerAgentId: null, archived: false };
  const priyas: MacroRow = { id: uuidv7(now), title: 'My sign-off', body: 'Cheers, {{agent.name}}', channel: 'chat', ownerAgentId: f.agentA.agentId, archived: false };
  return { ...f, lead, shared, priyas };
}
const edit = (m: MacroRow, extra: Record<string, unknown> = {}) => ({ id: m.id, title: m.title, body: m.body, channel: m.channel, shared: m.ownerAgentId === null, ...extra });

describe('macro.save: personal and shared macros', () => {
  it('an agent creates and edits a personal macro that is theirs', () => {
    const f = setup();
    const id = uuidv7(now);
    const [created] = run('macro.save', { id, title: ' Tracking link ', body: 'Track {{shipment.trackingNumber}}', channel: 'email', shared: false }, [], f.agentA);
    expect(created).toMatchObject({ op: 'upsert', entity: 'macros', scope: 'tenant', row: { id, title: 'Tracking link', ownerAgentId: f.agentA.agentId, archived: false } });
    const [edited] = run('macro.save', edit(f.priyas, { body: 'Bye, {{agent.name}}' }), [f.priyas], f.agentA);
    expect(edited?.row).toMatchObject({ body: 'Bye, {{agent.name}}', ownerAgentId: f.agentA.agentId });
  });

  it("refuses an agent a shared macro (new or existing) and anyone another agent's personal macro", () => {
    const f = setup();
    expect(rejectionOf(() => run('macro.save', { id: uuidv7(now), title: 'Shared', body: 'x', channel: null, shared: true }, [], f.agentA)).code).toBe('forbidden');
    expect(rejectionOf(() => run('macro.save', edit(f.shared, { title: 'Mine now' }), [f.shared], f.agentA)).message).toMatch(/leads and admins/);
    expect(rejectionOf(() => run('macro.save', edit(f.shared, { shared: false }), [f.shared], f.agentA)).code).toBe('forbidden');
    for (const who of [f.agentB, f.lead, f.admin]) {
      expect(rejectionOf(() => run('macro.save', edit(f.priyas, { archived: true }), [f.priyas], who)).message).toMatch(/another agent's personal macro/);
    }
  });

  it('a lead or admin writes and archives shared macros; archiving keeps the row', () => {
    const f = setup();
    for (const who of [f.lead, f.admin]) {
      const [archived] = run('macro.save', edit(f.shared, { archived: true }), [f.shared], who);
      expect(archived).toMatchObject({ op: 'upsert', row: { ownerAgentId: null, archived: true } });
    }
    const [taken] = run('macro.save', edit(f.shared, { shared: false }), [f.shared], f.lead);
    expect(taken?.row).toMatchObject({ ownerAgentId: f.lead.agentId });
  });

  it('refuses blank titles and bodies, and hub writers other than the seed', () => {
    const f = setup();
    expect(() => run('macro.save', { id: uuidv7(now), title: '  ', body: 'x', channel: null, shared: false }, [], f.agentA)).toThrow();
    expect(rejectionOf(() => run('macro.save', edit(f.shared), [f.shared], { kind: 'system', systemId: 'system:rules' })).code).toBe('forbidden');
  });
});

describe('routingRule.save: leads and admins edit routing rules and the cap', () => {
  const rule = (teamId: string, position: number, extra: Partial<AutomationRow> = {}): AutomationRow => ({
    id: uuidv7(now),
    name: `Rule ${position}`,
    trigger: 'ticket.routing',
    enabled: true,
    config: { position, conditions: { keywords: ['customs'] }, teamId, autoAssign: false },
    ...extra,
  });

  it('a lead saves a rule (config defaults filled, team checked); an agent is refused', () => {
    const f = setup();
    const args = { kind: 'rule', id: uuidv7(now), name: 'Customs', enabled: true, config: { teamId: f.teamB.id, conditions: { languages: ['de'] } } };
    const [saved] = run('routingRule.save', args, [f.teamB], f.lead);
    expect(saved?.row).toMatchObject({ trigger: 'ticket.routing', config: { position: 0, autoAssign: false, teamId: f.teamB.id, conditions: { languages: ['de'] } } });
    expect(rejectionOf(() => run('routingRule.save', args, [f.teamB], f.agentA)).code).toBe('forbidden');
    expect(rejectionOf(() => run('routingRule.save', args, [], f.admin)).code).toBe('not_found');
    expect(() => run('routingRule.save', { ...args, config: { teamId: f.teamB.id, conditions: { languages: ['german'] } } }, [f.teamB], f.lead)).toThrow();
  });

  it('reorders rules by the given list and removes one; never touches another automation', () => {
    const f = setup();
    const a = rule(f.teamA.id, 0);
    const b = rule(f.teamB.id, 1);
    const notice: AutomationRow = { id: uuidv7(now), name: 'Delay notice', trigger: 'shipment.delayed', enabled: true, config: {} };
    const c = rule(f.teamA.id, 30);
    const positions = (changes: RowChange[]) => changes.map((ch) => [ch.id, (ch.row as AutomationRow).config.position]);
    expect(positions(run('routingRule.save', { kind: 'order', ids: [c.id, b.id, a.id] }, [a, b, c], f.lead))).toEqual([[c.id, 0], [b.id, 1], [a.id, 30]]);
    // Tied positions order nothing: the list is numbered afresh.
    const tied = { ...b, config: { ...b.config, position: 0 } };
    expect(positions(run('routingRule.save', { kind: 'order', ids: [tied.id, a.id] }, [a, tied], f.lead))).toEqual([[tied.id, 10], [a.id, 20]]);
    expect(run('routingRule.save', { kind: 'remove', id: a.id }, [a], f.admin)).toEqual([{ op: 'delete', entity: 'automations', id: a.id, scope: 'tenant', row: null }]);
    for (const args of [{ kind: 'remove', id: notice.id }, { kind: 'order', ids: [notice.id] }, { kind: 'cap', id: notice.id, cap: 5 }]) {
      expect(rejectionOf(() => run('routingRule.save', args, [notice], f.admin)).message).toMatch(/not a routing setting/);
    }
  });

  it('sets the open-ticket cap within 1–1000', () => {
    const f = setup();
    const id = uuidv7(now);
    expect(run('routingRule.save', { kind: 'cap', id, cap: 12 }, [], f.lead)[0]?.row).toMatchObject({ trigger: 'routing.open_ticket_cap', enabled: true, config: { cap: 12 } });
    expect(() => run('routingRule.save', { kind: 'cap', id, cap: 0 }, [], f.lead)).toThrow();
    expect(rejectionOf(() => run('routingRule.save', { kind: 'cap', id, cap: 12 }, [], f.agentA)).code).toBe('forbidden');
  });
});
