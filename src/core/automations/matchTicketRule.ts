import { detectLanguage } from '../routing/detectLanguage';
import { containsWholeWord } from './containsWholeWord';
import type { TicketFacts } from './TicketFacts';
import type { Condition, ConditionFact, TicketRule } from './ticketRuleSchema';

/** The values a fact has on this ticket (none when unknown: no customer, no language, field unset). */
export function factValues(fact: ConditionFact, facts: TicketFacts, key?: string): string[] {
  const { ticket, customer } = facts;
  switch (fact) {
    case 'channel':
      return [ticket.channel];
    case 'priority':
      return [ticket.priority];
    case 'status':
      return [ticket.status];
    case 'team':
      return [ticket.teamId];
    case 'tag':
      return [...ticket.tags];
    case 'segment':
      return customer ? [customer.segment] : [];
    case 'tier':
      return customer ? [customer.tier] : [];
    case 'subject':
      return [ticket.subject];
    case 'body':
      return facts.body === '' ? [] : [facts.body];
    case 'field': {
      const value = key === undefined ? undefined : ticket.fields[key];
      if (value === undefined || value === null) return [];
      return Array.isArray(value) ? value.map(String) : [String(value)];
    }
    case 'language': {
      // The message's own language beats a stored preference, as routing decides it.
      const language = detectLanguage(`${ticket.subject}\n${facts.body}`) ?? customer?.language?.slice(0, 2).toLowerCase() ?? null;
      return language ? [language] : [];
    }
  }
}

/** Whether one condition holds for the ticket. */
export function conditionHolds(condition: Condition, facts: TicketFacts): boolean {
  const have = factValues(condition.fact, facts, condition.key).map((v) => v.toLowerCase());
  const wanted = condition.values.map((v) => v.toLowerCase());
  switch (condition.op) {
    case 'is':
    case 'any_of':
      return have.some((v) => wanted.includes(v));
    case 'is_not':
      return !have.some((v) => wanted.includes(v));
    case 'contains':
      return have.some((v) => wanted.some((w) => containsWholeWord(v, w)));
  }
}

/** Whether every condition of the rule holds (a rule without conditions matches every ticket of its event). */
export function matchTicketRule(rule: Pick<TicketRule, 'conditions'>, facts: TicketFacts): boolean {
  return rule.conditions.all.every((c) => conditionHolds(c, facts));
}
