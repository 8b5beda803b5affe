import { and, count, eq, inArray, isNull, lt, ne } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { activeTicketStatuses, idSchema } from '../../core';
import type { HubContext } from '../HubContext';
import { parseInput } from '../parseInput';
import { exceptions, tickets } from '../store/schema';
import { AdminRefusal } from './AdminRefusal';

const params = z.object({ teamId: idSchema });

/**
 * A team's queues and KPIs for its lead (and admins): tickets by status, unassigned and
 * per-assignee open work, SLA breaches, open exceptions by severity. Leads see only their own
 * team; another team answers 404 like a missing one, so team ids do not leak.
 */
export function teamKpiRoutes(app: FastifyInstance, ctx: HubContext): void {
  app.get('/api/v1/teams/:teamId/kpis', { config: { access: 'lead' } }, async (request) => {
    const { teamId } = parseInput(params, request.params, 'team id');
    const caller = request.agent;
    if (!caller || (caller.role !== 'admin' && caller.teamId !== teamId)) {
      throw new AdminRefusal(404, 'not_found', `Team ${teamId} does not exist or is not yours.`);
    }
    const now = ctx.now();
    const inTeam = eq(tickets.teamId, teamId);
    const isOpen = inArray(tickets.status, [...activeTicketStatuses]);
    const byStatus = await ctx.db.select({ status: tickets.status, n: count() }).from(tickets).where(inTeam).groupBy(tickets.status);
    const byAssignee = await ctx.db
      .select({ assigneeId: tickets.assigneeId, n: count() })
      .from(tickets)
      .where(and(inTeam, isOpen))
      .groupBy(tickets.assigneeId);
    const [firstResponseBreached] = await ctx.db
      .select({ n: count() })
      .from(tickets)
      .where(and(inTeam, isOpen, isNull(tickets.firstRespondedAt), lt(tickets.firstResponseDueAt, now)));
    const [resolutionBreached] = await ctx.db
      .select({ n: count() })
      .from(tickets)
      .where(and(inTeam, isOpen, isNull(tickets.solvedAt), lt(tickets.resolutionDueAt, now)));
    const openExceptions = await ctx.db
      .select({ severity: exceptions.severity, n: count() })
      .from(exceptions)
      .where(and(eq(exceptions.teamId, teamId), ne(exceptions.status, 'resolved')))
      .groupBy(exceptions.severity);
    return {
      teamId,
      at: now,
      ticketsByStatus: Object.fromEntries(byStatus.map((r) => [r.status, Number(r.n)])),
      openUnassigned: Number(byAssignee.find((r) => r.assigneeId === null)?.n ?? 0),
      openByAssignee: Object.fromEntries(byAssignee.filter((r) => r.assigneeId !== null).map((r) => [String(r.assigneeId), Number(r.n)])),
      slaBreached: { firstResponse: Number(firstResponseBreached?.n ?? 0), resolution: Number(resolutionBreached?.n ?? 0) },
      openExceptionsBySeverity: Object.fromEntries(openExceptions.map((r) => [r.severity, Number(r.n)])),
    };
  });
}
