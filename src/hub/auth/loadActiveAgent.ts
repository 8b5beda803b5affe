import { and, eq, sql } from 'drizzle-orm';
import type { AgentRow } from '../../core';
import type { HubDb } from '../store/openStore';
import { agentRowColumns } from '../store/agentRowColumns';
import { agents } from '../store/schema';
import { revokedTokens } from './sessions/revokedTokens';
import type { TokenPayload } from './TokenSigner';

export type ActiveAgentCheck = { ok: true; agent: AgentRow } | { ok: false; reason: string };

/**
 * The agent a verified token names, if the session may still act: the agent exists and is
 * active, the token's version is the agent's current one (not signed out everywhere, no password
 * change or reset since) and its id was not signed out. Read on every request and socket event,
 * so revocation takes effect at once on every hub node. One query.
 */
export async function loadActiveAgent(db: HubDb, token: Pick<TokenPayload, 'sub' | 'ver' | 'jti'>): Promise<ActiveAgentCheck> {
  const [row] = await db
    .select({
      ...agentRowColumns,
      active: agents.active,
      tokenVersion: agents.tokenVersion,
      revoked: sql<boolean>`exists (select 1 from ${revokedTokens} where ${and(eq(revokedTokens.jti, token.jti), eq(revokedTokens.agentId, token.sub))})`,
    })
    .from(agents)
    .where(eq(agents.id, token.sub));
  if (!row) return { ok: false, reason: 'unknown agent' };
  const { active, tokenVersion, revoked, ...agent } = row;
  if (!active) return { ok: false, reason: 'account deactivated' };
  if (revoked) return { ok: false, reason: 'signed out' };
  if (tokenVersion !== token.ver) return { ok: false, reason: 'session revoked (signed out everywhere or password changed)' };
  return { ok: true, agent };
}
