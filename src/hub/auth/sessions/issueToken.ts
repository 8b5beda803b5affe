import { eq } from 'drizzle-orm';
import type { HubContext } from '../../HubContext';
import { agents } from '../../store/schema';

/** A fresh token for the agent at their current token version (sign-in, password change). */
export async function issueToken(ctx: HubContext, agentId: string): Promise<string> {
  const [row] = await ctx.db.select({ tokenVersion: agents.tokenVersion }).from(agents).where(eq(agents.id, agentId));
  if (!row) throw new Error(`issueToken: no agent ${agentId}`);
  return ctx.tokens.sign(agentId, row.tokenVersion, ctx.now());
}
