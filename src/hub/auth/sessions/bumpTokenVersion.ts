import { eq, sql } from 'drizzle-orm';
import type { HubDb, HubTx } from '../../store/openStore';
import { agents } from '../../store/schema';

/** Revokes every token of the agent signed so far (they carry the old version); returns the new version. */
export async function bumpTokenVersion(db: HubDb | HubTx, agentId: string): Promise<number> {
  const [row] = await db
    .update(agents)
    .set({ tokenVersion: sql`${agents.tokenVersion} + 1` })
    .where(eq(agents.id, agentId))
    .returning({ tokenVersion: agents.tokenVersion });
  if (!row) throw new Error(`bumpTokenVersion: no agent ${agentId}`);
  return row.tokenVersion;
}
