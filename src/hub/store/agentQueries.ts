import { asc, eq } from 'drizzle-orm';
import type { AgentRow } from '../../core';
import type { HubDb } from './openStore';
import { agentRowColumns } from './entityTables';
import { agents, teams } from './schema';

/** The agent's replicated row by id; undefined when unknown. */
export async function loadAgent(db: HubDb, agentId: string): Promise<AgentRow | undefined> {
  const [row] = await db.select(agentRowColumns).from(agents).where(eq(agents.id, agentId));
  return row;
}

/** An agent by email (case-insensitive) with the hash, for sign-in only. */
export async function findAgentForLogin(
  db: HubDb,
  email: string,
): Promise<{ agent: AgentRow; passwordHash: string | null } | undefined> {
  const [row] = await db
    .select({ ...agentRowColumns, passwordHash: agents.passwordHash })
    .from(agents)
    .where(eq(agents.email, email.trim().toLowerCase()));
  if (!row) return undefined;
  const { passwordHash, ...agent } = row;
  return { agent, passwordHash };
}

export async function listTeamIds(db: HubDb): Promise<string[]> {
  const rows = await db.select({ id: teams.id }).from(teams).orderBy(asc(teams.id));
  return rows.map((r) => r.id);
}
