import type { AgentRow } from '../../core';
import type { HubContext } from '../HubContext';
import { authenticateSession } from './authenticateSession';

/** The active agent behind an `Authorization: Bearer <token>` header (live session), or a 401 saying why not. */
export async function authenticateAgent(ctx: HubContext, authorization: string | undefined): Promise<AgentRow> {
  return (await authenticateSession(ctx, authorization)).agent;
}
