import { and, eq, isNull, or, type SQL } from 'drizzle-orm';
import { macros } from '../../db/schema';

/** The macros a picker offers this agent: shared and their own personal ones, none archived. */
export function offeredMacros(agentId: string | null): SQL | undefined {
  const owner = agentId ? or(isNull(macros.ownerAgentId), eq(macros.ownerAgentId, agentId)) : isNull(macros.ownerAgentId);
  return and(eq(macros.archived, false), owner);
}
