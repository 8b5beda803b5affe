import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { auditQuerySchema, idSchema } from '../../core';
import type { HubContext } from '../HubContext';
import { parseInput } from '../parseInput';
import { agentRowColumns } from '../store/agentRowColumns';
import { agents } from '../store/schema';
import { AdminRefusal } from './AdminRefusal';
import { queryAuditLog } from './queryAuditLog';

const params = z.object({ teamId: idSchema });
const lead = { config: { access: 'lead' as const } };

/** The team a lead may read: their own; admins any. Another team answers 404 like a missing one. */
function readableTeam(request: FastifyRequest): string {
  const { teamId } = parseInput(params, request.params, 'team id');
  const caller = request.agent;
  if (!caller || (caller.role !== 'admin' && caller.teamId !== teamId)) {
    throw new AdminRefusal(404, 'not_found', `Team ${teamId} does not exist or is not yours.`);
  }
  return teamId;
}

/**
 * A lead's read-only view of their team's people (Settings → Agents and Audit log): the team's
 * agents with their active flag, and the audit entries made by the team's agents. Leads change
 * no agent: every agent write stays on the admin routes.
 */
export function teamPeopleRoutes(app: FastifyInstance, ctx: HubContext): void {
  app.get('/api/v1/teams/:teamId/agents', lead, async (request) => {
    const teamId = readableTeam(request);
    return {
      agents: await ctx.db
        .select({ ...agentRowColumns, active: agents.active })
        .from(agents)
        .where(eq(agents.teamId, teamId))
        .orderBy(asc(agents.name)),
    };
  });

  app.get('/api/v1/teams/:teamId/audit-log', lead, async (request) => {
    const teamId = readableTeam(request);
    const query = parseInput(auditQuerySchema, request.query, 'audit log query');
    return queryAuditLog(ctx.db, query, teamId);
  });
}
