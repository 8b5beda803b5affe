import { eq } from 'drizzle-orm';
import type { AgentRow } from '../../core';
import type { HubDb } from './openStore';
import { agentRowColumns } from './agentRowColumns';
import { agents } from './schema';

/** The agent's replicated row by id; undefined when unknown. */
export async function loadAgent(db: HubDb, agentId: string): Promise<AgentRow | undefined> {
  const [row] = await db.select(agentRowColumns).from(agents).where(eq(agents.id, agentId));
  return row;
}
