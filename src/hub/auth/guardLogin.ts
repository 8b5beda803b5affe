import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { HubContext } from '../HubContext';
import { agents } from '../store/schema';
import { authRoutePaths } from './authRoutePaths';
import type { LoginCounters } from './limits/LoginCounters';
import { loginLimits } from './limits/loginLimits';

const emailOnly = z.object({ email: z.string().min(1).max(1024) });
const guarded = new Set<string>([authRoutePaths.login, authRoutePaths.password]);

/**
 * Wraps the routes that check a password (sign-in, password change) without touching their
 * handlers. Before the check, one attempt is reserved on the account's and on the client IP's
 * counter (atomically, so parallel attempts cannot all pass); over either limit → 429 with
 * Retry-After. The answer settles the reservation: a 401 keeps it (a failed check), a 200 clears
 * the account's count and gives the IP's back, anything else (bad input) gives both back.
 * Deactivated agents are refused like a wrong password.
 */
export function guardLogin(app: FastifyInstance, ctx: HubContext, counters: LoginCounters): void {
  const reserved = new WeakMap<FastifyRequest, { account: string; ip: string }>();

  app.addHook('preHandler', async (request, reply) => {
    const url = request.routeOptions.url;
    if (url === undefined || !guarded.has(url)) return;
    const email = url === authRoutePaths.login ? emailOnly.safeParse(request.body).data?.email : request.agent?.email;
    // No email: the handler answers 400 (login) or the access check already answered 401.
    if (email === undefined) return;
    const account = `account:${email.trim().toLowerCase()}`;
    const ip = `ip:${request.ip}`;
    const gate = await counters.reserve(
      [
        { key: account, max: loginLimits.perAccount, windowMs: loginLimits.windowMs },
        { key: ip, max: loginLimits.perIp, windowMs: loginLimits.windowMs },
      ],
      ctx.now(),
    );
    if (!gate.allowed) return refuse(reply, gate.key === account ? 'for this account' : 'from your network address', gate.retryAfterMs);
    reserved.set(request, { account, ip });
    if (url !== authRoutePaths.login) return;
    const [agent] = await ctx.db.select({ active: agents.active }).from(agents).where(eq(agents.email, email.trim().toLowerCase()));
    if (agent?.active !== false) return;
    return reply.status(401).send({ error: { code: 'unauthorized', message: 'Wrong email or password.' } });
  });

  app.addHook('onResponse', async (request, reply) => {
    const held = reserved.get(request);
    if (!held) return;
    reserved.delete(request);
    try {
      if (reply.statusCode === 401) return;
      if (reply.statusCode === 200) await counters.clear(held.account);
      else await counters.release(held.account);
      await counters.release(held.ip);
    } catch (error) {
      ctx.log.error({ err: error }, 'could not settle a sign-in attempt counter');
    }
  });
}

function refuse(reply: FastifyReply, where: string, retryAfterMs: number): FastifyReply {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return reply
    .status(429)
    .header('retry-after', String(retryAfterSeconds))
    .send({
      error: {
        code: 'rate_limited',
        message: `Too many failed sign-ins ${where}; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
        retryAfterSeconds,
      },
    });
}
