import type { RoutingConditions } from '../../../core';

/** One line naming what a rule looks at, e.g. "email, chat · keywords: customs, zoll"; "every new ticket" when nothing. */
export function summarizeConditions(c: RoutingConditions): string {
  const parts = [
    c.channels?.length ? c.channels.join(', ') : null,
    c.segments?.length ? `segment: ${c.segments.join(', ')}` : null,
    c.tags?.length ? `tags: ${c.tags.join(', ')}` : null,
    c.languages?.length ? `language: ${c.languages.join(', ')}` : null,
    c.keywords?.length ? `keywords: ${c.keywords.join(', ')}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(' · ') : 'every new ticket';
}
