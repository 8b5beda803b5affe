import type { TicketView } from '../../core';

/** Names of the inbox views, as the navbar and the list header show them. */
export const inboxViewLabels: Record<TicketView, string> = {
  all: 'All tickets',
  mine: 'Mine',
  unassigned: 'Unassigned',
  team: 'My team',
  sla_at_risk: 'SLA at risk',
  sla_breached: 'SLA breached',
  mentions: 'Mentions',
};
