import type { TicketViewer } from '../queries/tickets/ticketFilterWhere';
import type { HandlerContext } from './HandlerContext';

/** The signed-in agent, the core's clock and the lead's at-risk threshold, as the inbox views read them ("mine", "my team", SLA). */
export function inboxViewer(ctx: HandlerContext): TicketViewer {
  const actor = ctx.session.actor();
  return { agentId: actor?.agentId ?? null, teamId: actor?.teamId ?? null, now: ctx.now(), slaAtRiskMs: ctx.slaAtRiskMs() };
}
