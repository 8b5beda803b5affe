import type { FastifyInstance } from 'fastify';
import { auditQuerySchema } from '../../core';
import type { RouteEntry } from '../auth/registerAccessControl';
import { socketEventAccess } from '../auth/socketEventAccess';
import type { HubContext } from '../HubContext';
import { parseInput } from '../parseInput';
import { queryAuditLog } from './queryAuditLog';

const admin = { config: { access: 'admin' as const } };

/** The audit trail (newest first, filtered, keyset-paged) and the access policy of every route and socket event. */
export function auditRoutes(app: FastifyInstance, ctx: HubContext, catalogue: { routes: RouteEntry[] }): void {
  app.get('/api/v1/admin/audit-log', admin, async (request) => {
    const query = parseInput(auditQuerySchema, request.query, 'audit log query');
    return queryAuditLog(ctx.db, query, null);
  });

  app.get('/api/v1/admin/access', admin, async () => ({ routes: catalogue.routes, socketEvents: socketEventAccess }));
}
