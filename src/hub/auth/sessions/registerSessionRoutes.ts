import { eq, lt } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AgentRow } from '../../../core';
import { adminWrite } from '../../admin/adminWrite';
import { describeZodError } from '../../describeZodError';
import type { HubContext } from '../../HubContext';
import { agents } from '../../store/schema';
import { authRoutePaths } from '../authRoutePaths';
import type { SocketControl } from '../guardSockets';
import { hashPassword } from '../hashPassword';
import type { TokenPayload } from '../TokenSigner';
import { verifyPassword } from '../verifyPassword';
import { bumpTokenVersion } from './bumpTokenVersion';
import { issueToken } from './issueToken';
import { revokedTokens } from './revokedTokens';

const logoutSchema = z.object({ everywhere: z.boolean().default(false) });
const passwordSchema = z
  .object({
    currentPassword: z.string().min(1, 'must not be empty').max(1024),
    newPassword: z.string().min(10, 'must be at least 10 characters').max(1024),
  })
  .refine((b) => b.newPassword !== b.currentPassword, { message: 'must differ from the current password', path: ['newPassword'] });
const agentOnly = { config: { access: 'agent' as const } };

/**
 * Server-side sessions: sign out (this token, or every token of the agent) and password change.
 * Each revokes at once: later requests and socket events with a revoked token get 401 (every
 * use re-checks, loadActiveAgent) and the sockets opened with it are cut now, on every node.
 */
export function registerSessionRoutes(app: FastifyInstance, ctx: HubContext, sockets: SocketControl): void {
  app.post(authRoutePaths.logout, agentOnly, async (request, reply) => {
    const { agent, session } = caller(request);
    const body = logoutSchema.safeParse(request.body ?? {});
    if (!body.success) return invalid(reply, `Invalid sign-out request: ${describeZodError(body.error)}`);
    if (body.data.everywhere) {
      await bumpTokenVersion(ctx.db, agent.id);
      await sockets.disconnectAgents([agent.id]);
    } else {
      // Rows past their token's expiry prove nothing any more (the token is refused as expired).
      await ctx.db.delete(revokedTokens).where(lt(revokedTokens.expiresAt, ctx.now()));
      await ctx.db.insert(revokedTokens).values({ jti: session.jti, agentId: agent.id, expiresAt: session.exp * 1000 }).onConflictDoNothing();
      await sockets.disconnectToken(session.jti);
    }
    return { ok: true };
  });

  app.post(authRoutePaths.password, agentOnly, async (request, reply) => {
    const { agent } = caller(request);
    const body = passwordSchema.safeParse(request.body ?? {});
    if (!body.success) return invalid(reply, `Invalid password change: ${describeZodError(body.error)}`);
    const [stored] = await ctx.db.select({ passwordHash: agents.passwordHash }).from(agents).where(eq(agents.id, agent.id));
    // A 401 here counts toward the sign-in limit like a failed sign-in (guardLogin).
    if (!(await verifyPassword(stored?.passwordHash ?? null, body.data.currentPassword))) {
      return reply.status(401).send({ error: { code: 'unauthorized', message: 'Your current password is wrong.' } });
    }
    const passwordHash = await hashPassword(body.data.newPassword);
    await adminWrite(ctx, agent, async (tx) => {
      await tx.update(agents).set({ passwordHash }).where(eq(agents.id, agent.id));
      const tokenVersion = await bumpTokenVersion(tx, agent.id);
      return {
        value: tokenVersion,
        audit: { action: 'agent.password_change', entity: 'agents', entityId: agent.id, before: null, after: { tokenVersion } },
      };
    });
    // Every socket of the agent used an old token: cut them; the desktop reconnects with the new one.
    await sockets.disconnectAgents([agent.id]);
    return { token: await issueToken(ctx, agent.id), agent };
  });
}

function caller(request: FastifyRequest): { agent: AgentRow; session: TokenPayload } {
  if (!request.agent || !request.session) throw new Error('session route reached without a verified caller');
  return { agent: request.agent, session: request.session };
}

function invalid(reply: FastifyReply, message: string): FastifyReply {
  return reply.status(400).send({ error: { code: 'invalid_input', message } });
}
