import { median } from '../dashboard/median';
import type { AgentReportRow } from './reportSchema';
import { inPeriod, inTeams, type ReportScope, type ReportSource } from './ReportSource';

interface Tally {
  replies: number;
  solved: number;
  firstResponseMs: number[];
  csatSum: number;
  csatCount: number;
}

/**
 * Per agent, over the scope's tickets: replies = outbound messages the agent wrote in the
 * period (notes do not count); solved = tickets solved in the period now assigned to the agent;
 * first response = firstRespondedAt − createdAt of the agent's tickets first answered in the
 * period (median, calendar time); CSAT = answers received in the period on the agent's tickets.
 */
export function computeAgentReport(source: ReportSource, scope: ReportScope): AgentReportRow[] {
  const tickets = new Map(source.tickets.filter((t) => inTeams(t.teamId, scope)).map((t) => [t.id, t]));
  const tallies = new Map<string, Tally>();
  const tally = (agentId: string): Tally => {
    let t = tallies.get(agentId);
    if (!t) tallies.set(agentId, (t = { replies: 0, solved: 0, firstResponseMs: [], csatSum: 0, csatCount: 0 }));
    return t;
  };
  for (const m of source.messages) {
    if (m.direction === 'outbound' && m.authorId !== null && inPeriod(m.createdAt, scope) && tickets.has(m.ticketId)) tally(m.authorId).replies++;
  }
  for (const t of tickets.values()) {
    if (t.assigneeId === null) continue;
    if (inPeriod(t.solvedAt, scope)) tally(t.assigneeId).solved++;
    if (inPeriod(t.firstRespondedAt, scope)) tally(t.assigneeId).firstResponseMs.push(Math.max(0, t.firstRespondedAt - t.createdAt));
  }
  for (const c of source.csat) {
    const assignee = tickets.get(c.ticketId)?.assigneeId ?? null;
    if (assignee === null || !inPeriod(c.createdAt, scope)) continue;
    const t = tally(assignee);
    t.csatSum += c.score;
    t.csatCount++;
  }
  const names = new Map(source.agents.map((a) => [a.id, a.name]));
  return [...tallies]
    .map(([agentId, t]) => ({
      agentId,
      agentName: names.get(agentId) ?? 'Unknown agent',
      replies: t.replies,
      solved: t.solved,
      firstResponses: t.firstResponseMs.length,
      medianFirstResponseMs: median(t.firstResponseMs),
      csatResponses: t.csatCount,
      csatAverage: t.csatCount === 0 ? null : t.csatSum / t.csatCount,
    }))
    .sort(byAgentRank);
}

/** Busiest first; ties by name, then id, so the hub and the replica list rows in one order. */
export function byAgentRank(a: AgentReportRow, b: AgentReportRow): number {
  return b.replies - a.replies || b.solved - a.solved || a.agentName.localeCompare(b.agentName) || a.agentId.localeCompare(b.agentId);
}
