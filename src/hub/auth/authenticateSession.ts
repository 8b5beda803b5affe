import type { AgentRow } from '../../core';
import type { HubContext } from '../HubContext';
import { HubRequestError } from '../HubRequestError';
import { loadActiveAgent } from './loadActiveAgent';
import type { TokenPayload } from './TokenSigner';

/** The active agent and live session behind an `Authorization: Bearer <token>` header, or a 401 saying why not. */
export async function authenticateSession(
  ctx: HubContext,
  authorization: string | undefined,
): Promise<{ agent: AgentRow; session: TokenPayload }> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match?.[1]) throw new HubRequestError('unauthorized', 'Send "Authorization: Bearer <token>" (sign in first).');
  const check = ctx.tokens.verify(match[1], ctx.now());
  if (!check.ok) throw new HubRequestError('unauthorized', `Invalid token: ${check.reason}.`);
  const found = await loadActiveAgent(ctx.db, check.payload);
  if (!found.ok) throw new HubRequestError('unauthorized', `Invalid token: ${found.reason}.`);
  return { agent: found.agent, session: check.payload };
}
