import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { reportKindSchema, reportPeriodSchema, scopesForAgent, teamIdOfScope } from '../../core';
import { verifiedAgent } from '../auth/verifiedAgent';
import type { HubContext } from '../HubContext';
import { HubRequestError } from '../HubRequestError';
import { parseInput } from '../parseInput';
import { listTeamIds } from '../store/listTeamIds';
import { queryHubReport } from './queryHubReport';

const paramsSchema = z.object({ kind: reportKindSchema });

/**
 * Aggregate reports over every row the hub holds, so periods beyond the replication window are
 * right. Tickets, CSAT and exceptions count only in the caller's teams (admins: all); asking
 * for another team answers 404 like a missing one. Shipments are tenant rows, seen by all.
 */
export function registerReportRoutes(app: FastifyInstance, ctx: HubContext): void {
  app.get('/api/v1/reports/:kind', { config: { access: 'agent' } }, async (request) => {
    const { kind } = parseInput(paramsSchema, request.params, 'report kind');
    const period = parseInput(reportPeriodSchema, request.query ?? {}, 'report period');
    const agent = verifiedAgent(request);
    const visible = scopesForAgent(agent, await listTeamIds(ctx.db)).flatMap((s) => teamIdOfScope(s) ?? []);
    if (period.teamId !== undefined && !visible.includes(period.teamId)) {
      throw new HubRequestError('not_found', `Team ${period.teamId} does not exist or is not yours.`);
    }
    const teamIds = period.teamId === undefined ? visible : [period.teamId];
    return queryHubReport(ctx.db, kind, { from: period.from, to: period.to, teamIds }, period.teamId ?? null);
  });
}
