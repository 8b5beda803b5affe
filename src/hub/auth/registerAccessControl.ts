import type { FastifyInstance } from 'fastify';
import type { HubContext } from '../HubContext';
import { HubRequestError } from '../HubRequestError';
import { authenticateSession } from './authenticateSession';
import { guardLogin } from './guardLogin';
import type { LoginCounters } from './limits/LoginCounters';
import { roleSatisfies, type RouteAccess } from './routeAccess';

export interface RouteEntry {
  method: string;
  url: string;
  /** null = the route declares no access policy (a bug the roles test catches). */
  access: RouteAccess | null;
}

/**
 * Enforces each route's declared access (see routeAccess.ts) before its handler runs, and keeps
 * the catalogue of routes with their policies (served to admins, asserted by tests). Must be
 * called before any route is registered: `onRoute` only sees routes added after it.
 */
export function registerAccessControl(app: FastifyInstance, ctx: HubContext, loginCounters: LoginCounters): { routes: RouteEntry[] } {
  const routes: RouteEntry[] = [];
  app.decorateRequest('agent', null);
  app.decorateRequest('session', null);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access ?? null;
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, access });
    if (access === null) ctx.log.error({ url: route.url }, 'route declares no access policy (config.access)');
  });
  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public' || access === 'webhook') return;
    const { agent, session } = await authenticateSession(ctx, request.headers.authorization);
    if (!roleSatisfies(agent.role, access)) {
      throw new HubRequestError('forbidden', `This needs the ${access} role; you are signed in as ${agent.role}.`);
    }
    request.agent = agent;
    request.session = session;
  });
  // After the access check: the password-change route's limit keys on the verified caller.
  guardLogin(app, ctx, loginCounters);
  return { routes };
}
