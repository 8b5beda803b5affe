import type { FastifyInstance } from 'fastify';
import type { SocketControl } from '../auth/guardSockets';
import type { RouteEntry } from '../auth/registerAccessControl';
import type { HubContext } from '../HubContext';
import { AdminRefusal } from './AdminRefusal';
import { agentRoutes } from './agentRoutes';
import { auditRoutes } from './auditRoutes';
import { governanceRoutes } from '../governance/governanceRoutes';
import { settingsRoutes } from './settingsRoutes';
import { teamKpiRoutes } from './teamKpiRoutes';
import { teamPeopleRoutes } from './teamPeopleRoutes';
import { teamRoutes } from './teamRoutes';

/**
 * /api/v1/admin (and a lead's /api/v1/teams/:teamId/kpis, …/agents, …/audit-log): admin role only (each route declares `access: 'admin'`; others get 403 with
 * the reason). Every write goes through the change log (desktops update live) and writes an
 * audit entry in the same transaction.
 */
export function registerAdminRoutes(
  app: FastifyInstance,
  ctx: HubContext,
  sockets: SocketControl,
  catalogue: { routes: RouteEntry[] },
): void {
  app.register(async (scope) => {
    // Scoped: AdminRefusal carries its status; everything else goes on to the hub's handler.
    scope.setErrorHandler((error, _request, reply) => {
      if (error instanceof AdminRefusal) return reply.status(error.status).send({ error: { code: error.code, message: error.message } });
      throw error;
    });
    teamRoutes(scope, ctx, sockets);
    agentRoutes(scope, ctx, sockets);
    settingsRoutes(scope, ctx);
    auditRoutes(scope, ctx, catalogue);
    governanceRoutes(scope, ctx);
    // Not under /admin: leads' own team view, registered here for the shared error handling.
    teamKpiRoutes(scope, ctx);
    teamPeopleRoutes(scope, ctx);
  });
}
