import { eq } from 'drizzle-orm';
import type { AgentRow } from '../../core';
import type { HubDb } from './openStore';
import { agentRowColumns } from './agentRowColumns';
import { agents } from './schema';

/** An agent by email (case-insensitive) with the password hash: for sign-in only. */
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
