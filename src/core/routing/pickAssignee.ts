/** An agent the hub could hand a new ticket to: online in the team, with their current load. */
export interface AssignCandidate {
  agentId: string;
  openTickets: number;
  /** When they were last handed a ticket (0 = never): the longest-waiting goes first. */
  lastAssignedAt: number;
}

/** Default cap on open tickets per agent for auto-assign (setting `routing.openTicketCap`). */
export const defaultOpenTicketCap = 20;

/**
 * Round-robin without stored state: among candidates under the cap, the one handed a ticket
 * longest ago (ties: fewer open tickets, then id). null when everyone is at the cap or offline.
 */
export function pickAssignee(candidates: readonly AssignCandidate[], cap: number = defaultOpenTicketCap): string | null {
  const open = candidates.filter((c) => c.openTickets < cap);
  open.sort((a, b) => a.lastAssignedAt - b.lastAssignedAt || a.openTickets - b.openTickets || a.agentId.localeCompare(b.agentId));
  return open[0]?.agentId ?? null;
}
