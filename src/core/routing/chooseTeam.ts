import type { Channel } from '../domain/rows';
import { detectLanguage } from './detectLanguage';
import type { RoutingConditions, RoutingRule } from './routingRuleSchema';

/** What routing looks at on arrival. */
export interface RoutingTicket {
  channel: Channel;
  tags?: readonly string[];
}
export interface RoutingCustomer {
  segment: string;
  /** BCP-47 preference ("de-DE"); only its language part counts. */
  language: string | null;
}
export interface RoutingMessage {
  subject: string;
  body: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function hasKeyword(text: string, keywords: readonly string[]): boolean {
  return keywords.some((k) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(k.toLowerCase())}($|[^\\p{L}\\p{N}])`, 'u').test(text));
}

function matches(c: RoutingConditions, ticket: RoutingTicket, customer: RoutingCustomer | null, text: string, language: string | null): boolean {
  if (c.channels && !c.channels.includes(ticket.channel)) return false;
  if (c.segments && !(customer && c.segments.some((s) => s.toLowerCase() === customer.segment.toLowerCase()))) return false;
  if (c.tags && !c.tags.some((t) => ticket.tags?.includes(t))) return false;
  if (c.languages && !(language && c.languages.includes(language))) return false;
  if (c.keywords && !hasKeyword(text, c.keywords)) return false;
  return true;
}

/**
 * The first rule (in position order) whose conditions all hold for a new ticket, or null (the
 * hub then keeps its default: the customer's last team). Pure: the hub loads the rules, the
 * customer and the first message and calls this where it opens the ticket.
 */
export function chooseTeam(rules: readonly RoutingRule[], ticket: RoutingTicket, customer: RoutingCustomer | null, firstMessage: RoutingMessage): RoutingRule | null {
  const text = `${firstMessage.subject}\n${firstMessage.body}`.toLowerCase();
  // The message's own language beats a stored preference: people write in the language they need help in.
  const language = detectLanguage(text) ?? customer?.language?.slice(0, 2).toLowerCase() ?? null;
  return [...rules].sort((a, b) => a.position - b.position).find((rule) => matches(rule.conditions, ticket, customer, text, language)) ?? null;
}
