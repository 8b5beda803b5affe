import { eq } from 'drizzle-orm';
import type { AgentRow } from '../../core';
import { agentRowColumns } from '../store/agentRowColumns';
import type { HubTx } from '../store/openStore';
import { agents } from '../store/schema';
import { AdminRefusal } from './AdminRefusal';

/** The agent's replicated row with its hub-only `active` flag, read in the write transaction; 404 when there is none. */
export async function requireAgent(tx: HubTx, agentId: string): Promise<AgentRow & { active: boolean }> {
  const [agent] = await tx.select({ ...agentRowColumns, active: agents.active }).from(agents).where(eq(agents.id, agentId));
  if (!agent) throw new AdminRefusal(404, 'not_found', `Agent ${agentId} does not exist.`);
  return agent;
}
