import { describe, expect, it } from 'vitest';
import { chooseTeam, pickAssignee, routingRulesOf, uuidv7, type AutomationRow, type RoutingRule } from '../../../../src/core';

const customs = uuidv7();
const freight = uuidv7();
const dach = uuidv7();

function automation(name: string, config: Record<string, unknown>, extra: Partial<AutomationRow> = {}): AutomationRow {
  return { id: uuidv7(), name, trigger: 'ticket.routing', enabled: true, config, ...extra };
}

const rows: AutomationRow[] = [
  automation('German speakers → DACH desk', { position: 30, conditions: { languages: ['de'] }, teamId: dach }),
  automation('Customs words → Customs & Compliance', { position: 10, conditions: { keywords: ['customs', 'douane', 'zoll', 'import duty'] }, teamId: customs, autoAssign: true }),
  automation('Enterprise email → Freight', { position: 20, conditions: { channels: ['email'], segments: ['Enterprise Retail'] }, teamId: freight }),
  automation('Disabled', { position: 0, conditions: {}, teamId: freight }, { enabled: false }),
  automation('Broken config', { position: 0, conditions: { channels: ['fax'] }, teamId: freight }),
  { id: uuidv7(), name: 'Not routing', trigger: 'exception.opened', enabled: true, config: { teamId: freight } },
];
const rules: RoutingRule[] = routingRulesOf(rows);
const consumer = { segment: 'consumer', language: 'en-GB' };

describe('routing rules as automation rows', () => {
  it('keeps the enabled, well-formed routing rules in position order', () => {
    expect(rules.map((r) => r.name)).toEqual(['Customs words → Customs & Compliance', 'Enterprise email → Freight', 'German speakers → DACH desk']);
    expect(rules[0]).toMatchObject({ teamId: customs, autoAssign: true });
  });
});

describe('chooseTeam', () => {
  it('routes by keyword as a whole word, case-insensitive, in any language', () => {
    expect(chooseTeam(rules, { channel: 'chat' }, consumer, { subject: 'Parcel held by CUSTOMS', body: 'what now' })?.teamId).toBe(customs);
    expect(chooseTeam(rules, { channel: 'email' }, consumer, { subject: 'Colis', body: 'Bloqué à la douane depuis lundi.' })?.teamId).toBe(customs);
    expect(chooseTeam(rules, { channel: 'chat' }, consumer, { subject: 'Hi', body: 'We pay the import duty?' })?.teamId).toBe(customs);
    // "customsoft" is not the word customs.
    expect(chooseTeam(rules, { channel: 'chat' }, consumer, { subject: 'Customsoft invoice', body: 'paid' })).toBeNull();
  });

  it('routes by channel and segment together', () => {
    const enterprise = { segment: 'enterprise retail', language: 'en' };
    expect(chooseTeam(rules, { channel: 'email' }, enterprise, { subject: 'Pallet count', body: 'Short by two.' })?.teamId).toBe(freight);
    expect(chooseTeam(rules, { channel: 'chat' }, enterprise, { subject: 'Pallet count', body: 'Short by two.' })).toBeNull();
    expect(chooseTeam(rules, { channel: 'email' }, null, { subject: 'Pallet count', body: 'Short by two.' })).toBeNull();
  });

  it('routes by the language of the message, else the customer preference', () => {
    expect(chooseTeam(rules, { channel: 'chat' }, consumer, { subject: 'Lieferung', body: 'Wo ist meine Sendung? Die ist noch nicht da.' })?.teamId).toBe(dach);
    expect(chooseTeam(rules, { channel: 'chat' }, { segment: 'consumer', language: 'de-AT' }, { subject: 'SO-1', body: '?' })?.teamId).toBe(dach);
    expect(chooseTeam(rules, { channel: 'chat' }, consumer, { subject: 'SO-1', body: '?' })).toBeNull();
  });

  it('routes by tag', () => {
    const tagged = routingRulesOf([automation('VIP', { conditions: { tags: ['vip'] }, teamId: freight })]);
    expect(chooseTeam(tagged, { channel: 'sms', tags: ['vip'] }, consumer, { subject: 'x', body: 'y' })?.teamId).toBe(freight);
    expect(chooseTeam(tagged, { channel: 'sms' }, consumer, { subject: 'x', body: 'y' })).toBeNull();
  });
});

describe('pickAssignee', () => {
  it('takes turns: the agent handed a ticket longest ago, under the cap', () => {
    const candidates = [
      { agentId: 'a', openTickets: 3, lastAssignedAt: 300 },
      { agentId: 'b', openTickets: 20, lastAssignedAt: 100 },
      { agentId: 'c', openTickets: 5, lastAssignedAt: 200 },
    ];
    expect(pickAssignee(candidates)).toBe('c');
    expect(pickAssignee(candidates, 25)).toBe('b');
    expect(pickAssignee(candidates, 3)).toBeNull();
    expect(pickAssignee([])).toBeNull();
  });
});
