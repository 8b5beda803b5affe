import { describe, expect, it } from 'vitest';
import { matchTicketRule, planTicketRuleActions, ticketRuleConfigSchema, ticketRulesOf, uuidv7, type Condition, type TicketFacts, type TicketRule, type TicketRuleConfig } from '../../../../src/core';

const teamA = uuidv7();
const teamB = uuidv7();

function facts(over: Partial<TicketFacts['ticket']> = {}, body = 'Where is my parcel? It is stuck in customs.'): TicketFacts {
  return {
    ticket: { id: uuidv7(), channel: 'email', priority: 'normal', status: 'new', teamId: teamA, assigneeId: null, tags: [], fields: {}, subject: 'Parcel 1Z999 delayed', ...over },
    customer: { segment: 'Enterprise Retail', tier: 'gold', language: 'de-DE' },
    body,
  };
}

function rule(name: string, config: Partial<TicketRuleConfig> & Pick<TicketRuleConfig, 'actions'>, enabled = true): TicketRule {
  return { id: uuidv7(), name, enabled, ...ticketRuleConfigSchema.parse({ event: 'ticket.created', ...config }) };
}

const when = (...all: Condition[]) => ({ all });

describe('matchTicketRule', () => {
  it('tests each fact with is / is_not / any_of / contains, case-insensitively', () => {
    const f = facts({ tags: ['VIP'], fields: { carrier: 'DHL', lanes: ['EU', 'US'] } });
    const holds = (c: Condition) => matchTicketRule({ conditions: when(c) }, f);
    expect(holds({ fact: 'channel', op: 'is', values: ['email'] })).toBe(true);
    expect(holds({ fact: 'channel', op: 'is_not', values: ['email', 'chat'] })).toBe(false);
    expect(holds({ fact: 'priority', op: 'any_of', values: ['high', 'NORMAL'] })).toBe(true);
    expect(holds({ fact: 'tag', op: 'is', values: ['vip'] })).toBe(true);
    expect(holds({ fact: 'segment', op: 'is', values: ['enterprise retail'] })).toBe(true);
    expect(holds({ fact: 'tier', op: 'is_not', values: ['platinum'] })).toBe(true);
    expect(holds({ fact: 'team', op: 'is', values: [teamB] })).toBe(false);
    expect(holds({ fact: 'field', key: 'carrier', op: 'is', values: ['dhl'] })).toBe(true);
    expect(holds({ fact: 'field', key: 'lanes', op: 'any_of', values: ['us'] })).toBe(true);
    expect(holds({ fact: 'field', key: 'unset', op: 'is_not', values: ['x'] })).toBe(true);
    expect(holds({ fact: 'field', key: 'unset', op: 'any_of', values: ['x'] })).toBe(false);
  });

  it('contains finds whole words or phrases in the subject or body, not parts of words', () => {
    const f = facts({}, 'The parcel is stuck in Customs since Monday.');
    const body = (v: string) => matchTicketRule({ conditions: when({ fact: 'body', op: 'contains', values: [v] }) }, f);
    expect(body('customs')).toBe(true);
    expect(body('stuck in customs')).toBe(true);
    expect(body('custom')).toBe(false);
    expect(matchTicketRule({ conditions: when({ fact: 'subject', op: 'contains', values: ['1z999'] }) }, f)).toBe(true);
  });

  it('language is the message’s own, else the customer’s preference', () => {
    const german = facts({ subject: 'Paket' }, 'Wo ist mein Paket? Ich warte seit Montag und es ist nicht da.');
    expect(matchTicketRule({ conditions: when({ fact: 'language', op: 'is', values: ['de'] }) }, german)).toBe(true);
    const short = facts({ subject: 'Hi' }, 'ok');
    expect(matchTicketRule({ conditions: when({ fact: 'language', op: 'is', values: ['de'] }) }, short)).toBe(true);
    expect(matchTicketRule({ conditions: when({ fact: 'language', op: 'is', values: ['de'] }) }, { ...short, customer: null })).toBe(false);
  });

  it('every condition must hold; no conditions match everything', () => {
    const f = facts();
    expect(matchTicketRule({ conditions: when() }, f)).toBe(true);
    expect(matchTicketRule({ conditions: when({ fact: 'channel', op: 'is', values: ['email'] }, { fact: 'status', op: 'is', values: ['solved'] }) }, f)).toBe(false);
  });

  it('is_not is the negation of any_of for every fact and value list (property over a grid)', () => {
    const values = [['email'], ['normal', 'urgent'], ['vip'], ['gold'], ['x', 'y'], [teamA]];
    const ticketsOf = [facts(), facts({ channel: 'chat', priority: 'urgent', tags: ['vip', 'x'] }), { ...facts(), customer: null }];
    for (const fact of ['channel', 'priority', 'status', 'team', 'tag', 'segment', 'tier', 'language'] as const) {
      for (const v of values) {
        for (const f of ticketsOf) {
          const anyOf = matchTicketRule({ conditions: when({ fact, op: 'any_of', values: v }) }, f);
          expect(matchTicketRule({ conditions: when({ fact, op: 'is_not', values: v }) }, f)).toBe(!anyOf);
        }
      }
    }
  });
});

describe('planTicketRuleActions', () => {
  it('runs the event’s enabled rules by position, each seeing the earlier rules’ effects, and stops at a stop rule', () => {
    const tagCustoms = rule('Tag customs', { position: 1, conditions: when({ fact: 'body', op: 'contains', values: ['customs'] }), actions: [{ type: 'add_tag', tag: 'customs' }] });
    const routeTagged = rule('Route customs', { position: 2, conditions: when({ fact: 'tag', op: 'is', values: ['customs'] }), actions: [{ type: 'route', teamId: teamB }, { type: 'set_priority', priority: 'high' }], stop: true });
    const never = rule('After stop', { position: 3, actions: [{ type: 'add_tag', tag: 'late' }] });
    const off = rule('Disabled', { position: 0, actions: [{ type: 'add_tag', tag: 'off' }] }, false);
    const solved = rule('On solve', { position: 0, event: 'ticket.solved', actions: [{ type: 'send_survey' }] });
    // Given out of order: the plan follows position.
    const plan = planTicketRuleActions([never, routeTagged, off, solved, tagCustoms], facts(), 'ticket.created');
    expect(plan.matched.map((m) => m.name)).toEqual(['Tag customs', 'Route customs']);
    expect(plan.actions.map((a) => a.type)).toEqual(['add_tag', 'route', 'set_priority']);
    expect(plan.actions[1]).toMatchObject({ teamId: teamB, ruleId: routeTagged.id });
    expect(planTicketRuleActions([never, routeTagged, tagCustoms], facts({}, 'hello'), 'ticket.created').matched.map((m) => m.name)).toEqual(['After stop']);
    expect(planTicketRuleActions([solved], facts(), 'ticket.solved').actions).toEqual([{ type: 'send_survey', ruleId: solved.id }]);
  });

  it('keeps one route (the last rule’s) and one survey request', () => {
    const first = rule('A', { position: 1, actions: [{ type: 'route', teamId: teamA }, { type: 'send_survey' }] });
    const second = rule('B', { position: 2, actions: [{ type: 'route', teamId: teamB }, { type: 'send_survey' }] });
    const plan = planTicketRuleActions([first, second], facts(), 'ticket.created');
    expect(plan.actions.filter((a) => a.type === 'route')).toEqual([{ type: 'route', teamId: teamB, ruleId: second.id }]);
    expect(plan.actions.filter((a) => a.type === 'send_survey')).toHaveLength(1);
  });

  it('an escalation earlier in the run makes a later "priority is urgent" rule match', () => {
    const up = rule('Escalate', { position: 1, actions: [{ type: 'escalate' }] });
    const urgent = rule('Urgent', { position: 2, conditions: when({ fact: 'priority', op: 'is', values: ['urgent'] }), actions: [{ type: 'add_tag', tag: 'hot' }] });
    expect(planTicketRuleActions([urgent, up], facts(), 'ticket.created').matched.map((m) => m.name)).toEqual(['Escalate', 'Urgent']);
  });
});

describe('ticket rule config', () => {
  it('needs an action, one value for "is", a key for a field condition, and a known action type', () => {
    expect(ticketRuleConfigSchema.safeParse({ event: 'ticket.created', actions: [] }).success).toBe(false);
    expect(ticketRuleConfigSchema.safeParse({ event: 'ticket.created', actions: [{ type: 'add_tag', tag: 'x' }], conditions: { all: [{ fact: 'channel', op: 'is', values: ['email', 'chat'] }] } }).success).toBe(false);
    expect(ticketRuleConfigSchema.safeParse({ event: 'ticket.created', actions: [{ type: 'add_tag', tag: 'x' }], conditions: { all: [{ fact: 'field', op: 'is', values: ['x'] }] } }).success).toBe(false);
    expect(ticketRuleConfigSchema.safeParse({ event: 'ticket.created', actions: [{ type: 'notify' }] }).success).toBe(false);
    expect(ticketRuleConfigSchema.safeParse({ event: 'ticket.closed', actions: [{ type: 'send_survey' }] }).success).toBe(false);
  });

  it('ticketRulesOf keeps ticket rules whose config parses, enabled or not', () => {
    const good = { id: uuidv7(), name: 'Good', trigger: 'ticket.rule', enabled: false, config: { event: 'ticket.created', actions: [{ type: 'add_tag', tag: 'x' }] } };
    const bad = { id: uuidv7(), name: 'Bad', trigger: 'ticket.rule', enabled: true, config: { event: 'ticket.created', actions: [] } };
    const other = { id: uuidv7(), name: 'Notify', trigger: 'exception.opened', enabled: true, config: {} };
    expect(ticketRulesOf([good, bad, other]).map((r) => [r.name, r.enabled, r.position, r.stop])).toEqual([['Good', false, 0, false]]);
  });
});
