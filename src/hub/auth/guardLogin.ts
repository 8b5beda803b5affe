import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { HubContext } from '../HubContext';
import { agents } from '../store/schema';
import { LoginRateLimiter } from './LoginRateLimiter';

export const LOGIN_ROUTE = '/api/v1/auth/login';
const emailOnly = z.object({ email: z.string().min(1).max(1024) });

/**
 * Wraps the login route without touching its handler: refuse with 429 + Retry-After while the
 * email is locked (before the password is even checked), refuse deactivated agents like a wrong
 * password (no token for them), count every 401 answered, clear the count on a 200.
 */
export function guardLogin(app: FastifyInstance, ctx: HubContext, limiter = new LoginRateLimiter()): LoginRateLimiter {
  const now = (): number => ctx.now();
  const emailOf = (body: unknown): string | null => {
    const parsed = emailOnly.safeParse(body);
    return parsed.success ? parsed.data.email : null;
  };
  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== LOGIN_ROUTE) return;
    const email = emailOf(request.body);
    if (email === null) return;
    const gate = limiter.check(email, now());
    if (gate.allowed) {
      const [agent] = await ctx.db.select({ active: agents.active }).from(agents).where(eq(agents.email, email.trim().toLowerCase()));
      if (agent?.active !== false) return;
      return reply.status(401).send({ error: { code: 'unauthorized', message: 'Wrong email or password.' } });
    }
    return reply
      .status(429)
      .header('retry-after', String(gate.retryAfterSeconds))
      .send({
        error: {
          code: 'rate_limited',
          message: `Too many failed sign-ins for this email; try again in ${Math.ceil(gate.retryAfterSeconds / 60)} minute(s).`,
          retryAfterSeconds: gate.retryAfterSeconds,
        },
      });
  });
  app.addHook('onResponse', async (request, reply) => {
    if (request.routeOptions.url !== LOGIN_ROUTE) return;
    const email = emailOf(request.body);
    if (email === null) return;
    if (reply.statusCode === 401) limiter.recordFailure(email, now());
    else if (reply.statusCode === 200) limiter.reset(email);
  });
  return limiter;
}
