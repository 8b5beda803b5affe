import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idSchema } from '../../core';
import type { SocketControl } from '../auth/guardSockets';
import { bumpTokenVersion } from '../auth/sessions/bumpTokenVersion';
import type { HubContext } from '../HubContext';
import { parseInput } from '../parseInput';
import { agents } from '../store/schema';
import { adminActor } from './adminActor';
import { adminWrite } from './adminWrite';
import { AdminRefusal } from './AdminRefusal';
import { requireAgent } from './requireAgent';

const idParams = z.object({ id: idSchema });
const admin = { config: { access: 'admin' as const } };

/**
 * Hub-only facts about another agent's access, each audited (the entry is the whole commit:
 * nothing replicated changes): reactivation, and signing them out everywhere.
 */
export function agentAccessRoutes(app: FastifyInstance, ctx: HubContext, sockets: SocketControl): void {
  // Deactivation bumped the token version, so a reactivated agent signs in afresh.
  app.post('/api/v1/admin/agents/:id/reactivate', admin, async (request) => {
    const actor = adminActor(request);
    const { id } = parseInput(idParams, request.params, 'agent id');
    const agent = await adminWrite(ctx, actor, async (tx) => {
      const before = await requireAgent(tx, id);
      if (before.active) throw new AdminRefusal(409, 'conflict', `${before.name} is already active.`);
      await tx.update(agents).set({ active: true }).where(eq(agents.id, id));
      const after = { ...before, active: true };
      return { value: after, audit: { action: 'agent.reactivate', entity: 'agents', entityId: id, before, after } };
    });
    return { agent };
  });

  app.post('/api/v1/admin/agents/:id/sign-out', admin, async (request) => {
    const actor = adminActor(request);
    const { id } = parseInput(idParams, request.params, 'agent id');
    const tokenVersion = await adminWrite(ctx, actor, async (tx) => {
      const before = await requireAgent(tx, id);
      const version = await bumpTokenVersion(tx, id);
      return { value: version, audit: { action: 'agent.sign_out_everywhere', entity: 'agents', entityId: id, before, after: { ...before, tokenVersion: version } } };
    });
    // Every token is refused from now on; live sockets (every node) are cut at once.
    const disconnectedSockets = await sockets.disconnectAgents([id]);
    return { ok: true, tokenVersion, disconnectedSockets };
  });
}
