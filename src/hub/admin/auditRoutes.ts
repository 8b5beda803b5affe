import { desc, lt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RouteEntry } from '../auth/registerAccessControl';
import { socketEventAccess } from '../auth/socketEventAccess';
import type { HubContext } from '../HubContext';
import { parseInput } from '../parseInput';
import { auditLog } from '../store/schema';

const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Keyset paging: entries strictly older than this timestamp. */
  before: z.coerce.number().int().positive().optional(),
});
const admin = { config: { access: 'admin' as const } };

/** The audit trail (newest first) and the access policy of every route and socket event. */
export function auditRoutes(app: FastifyInstance, ctx: HubContext, catalogue: { routes: RouteEntry[] }): void {
  app.get('/api/v1/admin/audit-log', admin, async (request) => {
    const query = parseInput(pageQuery, request.query, 'audit log query');
    const entries = await ctx.db
      .select()
      .from(auditLog)
      .where(query.before === undefined ? undefined : lt(auditLog.at, query.before))
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(query.limit);
    return { entries };
  });

  app.get('/api/v1/admin/access', admin, async () => ({ routes: catalogue.routes, socketEvents: socketEventAccess }));
}
