import { asc, count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idSchema, uuidv7, type TeamRow } from '../../core';
import type { SocketControl } from '../auth/guardSockets';
import type { HubContext } from '../HubContext';
import { parseInput } from '../parseInput';
import { agents, teams } from '../store/schema';
import { adminActor } from './adminActor';
import { adminWrite } from './adminWrite';
import { AdminRefusal } from './AdminRefusal';

const teamNameSchema = z.object({ name: z.string().trim().min(1, 'must not be empty').max(200) });
const idParams = z.object({ id: idSchema });
const admin = { config: { access: 'admin' as const } };

/** Teams: list, create, rename. A new team widens every admin's scopes, so admins re-hello. */
export function teamRoutes(app: FastifyInstance, ctx: HubContext, sockets: SocketControl): void {
  app.get('/api/v1/admin/teams', admin, async () => {
    const rows = await ctx.db.select().from(teams).orderBy(asc(teams.name));
    const members = await ctx.db.select({ teamId: agents.teamId, n: count() }).from(agents).groupBy(agents.teamId);
    const byTeam = new Map(members.map((m) => [m.teamId, Number(m.n)]));
    return { teams: rows.map((t) => ({ ...t, agentCount: byTeam.get(t.id) ?? 0 })) };
  });

  app.post('/api/v1/admin/teams', admin, async (request, reply) => {
    const actor = adminActor(request);
    const body = parseInput(teamNameSchema, request.body ?? {}, 'team');
    const team = await adminWrite(ctx, actor, async (tx, now) => {
      const [clash] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.name, body.name));
      if (clash) throw new AdminRefusal(409, 'conflict', `A team named "${body.name}" already exists.`);
      const row: TeamRow = { id: uuidv7(now), name: body.name, createdAt: now };
      return {
        value: row,
        mutation: { name: 'team.save', args: { id: row.id, name: body.name } },
        audit: { action: 'team.create', entity: 'teams', entityId: row.id, before: null, after: row },
      };
    });
    const admins = await ctx.db.select({ id: agents.id }).from(agents).where(eq(agents.role, 'admin'));
    await sockets.disconnectAgents(admins.map((a) => a.id));
    return reply.status(201).send({ team });
  });

  app.patch('/api/v1/admin/teams/:id', admin, async (request) => {
    const actor = adminActor(request);
    const { id } = parseInput(idParams, request.params, 'team id');
    const body = parseInput(teamNameSchema, request.body ?? {}, 'team');
    const team = await adminWrite(ctx, actor, async (tx) => {
      const [before] = await tx.select().from(teams).where(eq(teams.id, id));
      if (!before) throw new AdminRefusal(404, 'not_found', `Team ${id} does not exist.`);
      const [clash] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.name, body.name));
      if (clash && clash.id !== id) throw new AdminRefusal(409, 'conflict', `A team named "${body.name}" already exists.`);
      const after: TeamRow = { ...before, name: body.name };
      return {
        value: after,
        mutation: { name: 'team.save', args: { id, name: body.name } },
        audit: { action: 'team.rename', entity: 'teams', entityId: id, before, after },
      };
    });
    return { team };
  });
}
