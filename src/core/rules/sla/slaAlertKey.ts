import type { SlaBreachKind } from './SlaBreachKind';

/**
 * What makes an SLA alert (breach or at risk) "the same one" so it is reported once: a ticket has
 * one first response and one resolution, but a next reply per customer message that waited
 * (`since`, the message's time).
 */
export function slaAlertKey(ticketId: string, kind: SlaBreachKind, since: number | null): string {
  return kind === 'next_response' ? `${ticketId}:${kind}:${since ?? ''}` : `${ticketId}:${kind}`;
}
