import { describe, expect, it } from 'vitest';
import { labelDefId, uuidv7, type Actor, type AgentRow, type AnyRow, type MacroRow, type RowChange, type SystemActor } from '../../../../src/core';
import { coreFixtures } from '../fixtures';
import { rejectionOf } from '../rejectionOf';
import { runCoreMutation } from '../runCoreMutation';

const now = Date.UTC(2026, 11, 7, 10, 0);
const rules: SystemActor = { kind: 'system', systemId: 'system:rules' };
const run = (name: string, args: unknown, db: AnyRow[], actor: Actor): RowChange[] => runCoreMutation(name, args, db, { actor, now, sequences: {} });

function agentRow(teamId: string, name: string, role: AgentRow['role'] = 'agent'): AgentRow {
  return { id: uuidv7(), name, email: `${name.toLowerCase()}@relay.example`, role, teamId, createdAt: now, signature: '' };
}
const noteIds = () => ({ transfer: uuidv7(), escalate: uuidv7(), skipped: uuidv7() });

describe('ticket.applyRules', () => {
  it('routes first (a move: removal in the old team, ticket and note in the new), then tags, prioritises and assigns there, in one write', () => {
    const f = coreFixtures();
    const rafael = agentRow(f.teamB.id, 'Rafael');
    const ruleId = uuidv7();
    const ids = noteIds();
    const args = {
      ticketId: f.ticket.id,
      events: [{ event: 'ticket.created', key: f.ticket.id }],
      actions: [
        { type: 'add_tag', tag: 'customs', ruleId },
        { type: 'set_priority', priority: 'high', ruleId },
        { type: 'assign', agentId: rafael.id, ruleId },
        { type: 'route', teamId: f.teamB.id, ruleId },
      ],
      rules: [{ id: ruleId, name: 'Customs to freight' }],
      noteIds: ids,
    };
    const changes = run('ticket.applyRules', args, [f.ticket, f.teamB, rafael], rules);
    expect(changes.map((c) => [c.op, c.entity, c.scope])).toEqual([
      ['delete', 'tickets', `team:${f.teamA.id}`],
      ['upsert', 'tickets', `team:${f.teamB.id}`],
      ['upsert', 'messages', `team:${f.teamB.id}`],
    ]);
    expect(changes[0]).toMatchObject({ movedTo: f.teamB.id });
    expect(changes[1]?.row).toMatchObject({ teamId: f.teamB.id, tags: ['customs'], priority: 'high', assigneeId: rafael.id, updatedAt: now });
    expect(changes[2]?.row).toMatchObject({ id: ids.transfer, body: 'Moved to Freight Desk: by automation “Customs to freight”', authorId: null });
  });

  it('escalates: urgent, and a note mentioning the team’s leads only', () => {
    const f = coreFixtures();
    const lead = agentRow(f.teamA.id, 'Lena', 'lead');
    const otherLead = agentRow(f.teamB.id, 'Omar', 'lead');
    const ids = noteIds();
    const ruleId = uuidv7();
    const args = { ticketId: f.ticket.id, events: [{ event: 'csat.low_score', key: 'r1' }], actions: [{ type: 'escalate', note: 'Customer unhappy', ruleId }], rules: [{ id: ruleId, name: 'Low CSAT' }], leadIds: [lead.id, otherLead.id], noteIds: ids };
    const changes = run('ticket.applyRules', args, [f.ticket, lead, otherLead], rules);
    expect(changes[0]?.row).toMatchObject({ priority: 'urgent' });
    expect(changes[1]?.row).toMatchObject({ id: ids.escalate, direction: 'note', body: 'Escalated by automation “Low CSAT”: Customer unhappy\n@Lena', mentions: [lead.id] });
  });

  it('skips a step its own mutation refuses and says so in a note; refuses agents and a run with nothing to do', () => {
    const f = coreFixtures();
    const outsider = agentRow(f.teamB.id, 'Rafael');
    const ruleId = uuidv7();
    const ids = noteIds();
    const base = { ticketId: f.ticket.id, events: [{ event: 'ticket.created', key: f.ticket.id }], rules: [{ id: ruleId, name: 'R' }], noteIds: ids };
    const changes = run('ticket.applyRules', { ...base, actions: [{ type: 'assign', agentId: outsider.id, ruleId }, { type: 'add_tag', tag: 'vip', ruleId }] }, [f.ticket, outsider], rules);
    expect(changes[0]?.row).toMatchObject({ tags: ['vip'], assigneeId: null });
    expect(changes[1]?.row).toMatchObject({ id: ids.skipped, body: 'Automation skipped:\n• assign (R): Rafael is not in this ticket\'s team.' });
    expect(rejectionOf(() => run('ticket.applyRules', { ...base, actions: [{ type: 'add_tag', tag: 'x', ruleId }] }, [f.ticket], f.admin)).code).toBe('forbidden');
    // A field value its definition refuses is skipped like any step.
    const def = { id: labelDefId('field', 'carrier'), key: 'carrier', label: 'Carrier', type: 'single_select', options: ['DHL'], currency: null, updatedAt: now };
    const field = run('ticket.applyRules', { ...base, actions: [{ type: 'set_field', key: 'carrier', value: 'UPS', ruleId }] }, [f.ticket, def as AnyRow], rules);
    expect(field).toHaveLength(1);
    expect(field[0]?.entity).toBe('messages');
  });
});

describe('automation.save', () => {
  const macro: MacroRow = { id: uuidv7(), title: 'Delay notice', body: 'Hi {{customer.name}}', channel: null, ownerAgentId: null, archived: false };
  const ruleRow = (teamId: string) => ({ name: 'Customs', trigger: 'ticket.rule', enabled: true, config: { event: 'ticket.created', actions: [{ type: 'route', teamId }] } });

  it('leads and admins save a ticket rule (defaults filled in); agents are refused', () => {
    const f = coreFixtures();
    const lead: Actor = { agentId: uuidv7(), role: 'lead', teamId: f.teamA.id };
    const id = uuidv7();
    const [change] = run('automation.save', { id, row: ruleRow(f.teamB.id) }, [f.teamB], lead);
    expect(change).toMatchObject({ op: 'upsert', entity: 'automations', scope: 'tenant', row: { config: { position: 0, stop: false, conditions: { all: [] } } } });
    expect(run('automation.save', { id, row: ruleRow(f.teamB.id) }, [f.teamB], f.admin)).toHaveLength(1);
    expect(rejectionOf(() => run('automation.save', { id, row: ruleRow(f.teamB.id) }, [f.teamB], f.agentA)).code).toBe('forbidden');
  });

  it('refuses a bad config, an unknown team or macro, a routing row and deleting a notification', () => {
    const f = coreFixtures();
    const id = uuidv7();
    expect(rejectionOf(() => run('automation.save', { id, row: { ...ruleRow(f.teamB.id), config: { event: 'ticket.created', actions: [] } } }, [], f.admin)).message).toMatch(/at least one action/);
    expect(rejectionOf(() => run('automation.save', { id, row: ruleRow(f.teamB.id) }, [], f.admin)).code).toBe('not_found');
    const routing = { id, name: 'Route', trigger: 'ticket.routing', enabled: true, config: {} };
    expect(rejectionOf(() => run('automation.save', { id, row: ruleRow(f.teamB.id) }, [routing, f.teamB], f.admin)).code).toBe('forbidden');
    const notify = { name: 'Exception', trigger: 'exception.opened', enabled: true, config: { macroId: macro.id } };
    expect(rejectionOf(() => run('automation.save', { id, row: notify }, [], f.admin)).message).toMatch(/macro/);
    const [saved] = run('automation.save', { id, row: { ...notify, enabled: false } }, [macro], f.admin);
    expect(saved?.row).toMatchObject({ enabled: false, config: { macroId: macro.id, channel: null, throttle: { perShipmentHours: 12, perCustomerPerDay: 3 } } });
    expect(rejectionOf(() => run('automation.save', { id, row: null }, [{ id, ...notify }], f.admin)).code).toBe('forbidden');
    expect(rejectionOf(() => run('automation.save', { id, row: { ...notify, config: { macroId: macro.id, throttle: { perCustomerPerDay: 0 } } } }, [macro], f.admin)).code).toBe('invalid_args');
  });
});
