import { eq } from 'drizzle-orm';
import type { AgentRow } from '../../core';
import type { HubDb } from '../store/openStore';
import { agentRowColumns } from '../store/agentRowColumns';
import { agents } from '../store/schema';

export type ActiveAgentCheck = { ok: true; agent: AgentRow } | { ok: false; reason: string };

/**
 * The agent a verified token names, if it may still act: it exists and is active. Read on
 * every request and socket event, so deactivation takes effect at once on every hub node.
 */
export async function loadActiveAgent(db: HubDb, agentId: string): Promise<ActiveAgentCheck> {
  const [row] = await db
    .select({ ...agentRowColumns, active: agents.active })
    .from(agents)
    .where(eq(agents.id, agentId));
  if (!row) return { ok: false, reason: 'unknown agent' };
  const { active, ...agent } = row;
  if (!active) return { ok: false, reason: 'account deactivated' };
  return { ok: true, agent };
}
