import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agentChangeSchema, agentInviteSchema, idSchema, minPasswordLength, uuidv7, type AgentRow } from '../../core';
import { generatePassword } from '../auth/generatePassword';
import { hashPassword } from '../auth/hashPassword';
import type { SocketControl } from '../auth/guardSockets';
import { bumpTokenVersion } from '../auth/sessions/bumpTokenVersion';
import type { HubContext } from '../HubContext';
import { parseInput } from '../parseInput';
import { agentRowColumns } from '../store/agentRowColumns';
import type { HubTx } from '../store/openStore';
import { agents } from '../store/schema';
import type { MutationCall } from '../write/commitMutation';
import { adminActor } from './adminActor';
import { adminWrite } from './adminWrite';
import { agentAccessRoutes } from './agentAccessRoutes';
import { requireAgent } from './requireAgent';

const resetSchema = z.object({
  // Absent: the hub makes a one-time password and answers it once.
  newPassword: z.string().min(minPasswordLength, `must be at least ${minPasswordLength} characters`).max(1024).optional(),
});
const idParams = z.object({ id: idSchema });
const admin = { config: { access: 'admin' as const } };

/**
 * Agents: list, create (with an initial password, made here when none is given and answered
 * once), change name/role/team, reset the password, deactivate and reactivate, sign out
 * everywhere. A role or team change changes the agent's scopes; a reset or deactivation revokes
 * their tokens (token_version bump): either way their live sockets (on every node) are
 * disconnected, so desktops reconnect and hello afresh, or must sign in again.
 */
export function agentRoutes(app: FastifyInstance, ctx: HubContext, sockets: SocketControl): void {
  app.get('/api/v1/admin/agents', admin, async () => ({
    agents: await ctx.db
      .select({ ...agentRowColumns, active: agents.active })
      .from(agents)
      .orderBy(asc(agents.name)),
  }));

  app.post('/api/v1/admin/agents', admin, async (request, reply) => {
    const actor = adminActor(request);
    const body = parseInput(agentInviteSchema, request.body ?? {}, 'agent');
    const initialPassword = body.password ?? generatePassword();
    // argon2 is deliberately slow: hash before taking the write lock.
    const passwordHash = await hashPassword(initialPassword);
    const agent = await adminWrite(ctx, actor, async (tx, now) => {
      const row: AgentRow = { id: uuidv7(now), teamId: body.teamId, name: body.name, email: body.email, role: body.role, createdAt: now, signature: '' };
      return {
        value: row,
        mutation: await save(tx, row),
        audit: { action: 'agent.create', entity: 'agents', entityId: row.id, before: null, after: row },
        // The hash is set after the row exists, in the same transaction (see afterChanges).
        afterChanges: async () => {
          await tx.update(agents).set({ passwordHash }).where(eq(agents.id, row.id));
        },
      };
    });
    // The made-up password is answered this once and kept only as its hash.
    return reply.status(201).send({ agent, ...(body.password === undefined ? { initialPassword } : {}) });
  });

  app.patch('/api/v1/admin/agents/:id', admin, async (request) => {
    const actor = adminActor(request);
    const { id } = parseInput(idParams, request.params, 'agent id');
    const body = parseInput(agentChangeSchema, request.body ?? {}, 'agent change');
    const { after, rescoped } = await adminWrite(ctx, actor, async (tx) => {
      const { active: _active, ...before } = await requireAgent(tx, id);
      const next: AgentRow = { ...before, name: body.name ?? before.name, role: body.role ?? before.role, teamId: body.teamId ?? before.teamId };
      return {
        value: { after: next, rescoped: next.role !== before.role || next.teamId !== before.teamId },
        mutation: await save(tx, next),
        audit: { action: 'agent.update', entity: 'agents', entityId: id, before, after: next },
      };
    });
    if (rescoped) await sockets.disconnectAgents([id]);
    return { agent: after };
  });

  app.post('/api/v1/admin/agents/:id/deactivate', admin, async (request) => {
    const actor = adminActor(request);
    const { id } = parseInput(idParams, request.params, 'agent id');
    const agent = await adminWrite(ctx, actor, async (tx) => {
      const { active: _active, ...before } = await requireAgent(tx, id);
      return {
        value: before,
        // Refusals (yourself, not an admin) come from the mutation; `active` and the token version are hub-only.
        mutation: { name: 'agent.deactivate', args: { id } },
        audit: { action: 'agent.deactivate', entity: 'agents', entityId: id, before: { ...before, active: true }, after: { ...before, active: false } },
        afterChanges: async () => {
          await tx.update(agents).set({ active: false }).where(eq(agents.id, id));
          // Reactivation must not bring the old tokens back.
          await bumpTokenVersion(tx, id);
        },
      };
    });
    // Tokens stop working at once (every request re-checks `active`); live sockets are cut now.
    const disconnected = await sockets.disconnectAgents([id]);
    return { agent: { ...agent, active: false }, disconnectedSockets: disconnected };
  });

  app.post('/api/v1/admin/agents/:id/password', admin, async (request) => {
    const actor = adminActor(request);
    const { id } = parseInput(idParams, request.params, 'agent id');
    const body = parseInput(resetSchema, request.body ?? {}, 'password reset');
    const newPassword = body.newPassword ?? generatePassword();
    const passwordHash = await hashPassword(newPassword);
    await adminWrite(ctx, actor, async (tx) => {
      const { active: _active, ...before } = await requireAgent(tx, id);
      await tx.update(agents).set({ passwordHash }).where(eq(agents.id, id));
      const tokenVersion = await bumpTokenVersion(tx, id);
      // Nothing replicated changes, so no mutation: the audit entry is the commit. Neither password nor hash is audited.
      return {
        value: tokenVersion,
        audit: { action: 'agent.password_reset', entity: 'agents', entityId: id, before, after: { ...before, tokenVersion } },
      };
    });
    await sockets.disconnectAgents([id]);
    return { ok: true, ...(body.newPassword === undefined ? { newPassword } : {}) };
  });

  agentAccessRoutes(app, ctx, sockets);
}

/** agent.save for `row`, with the email's current holder read under the write lock (emails are not ids a mutation can read). */
async function save(tx: HubTx, row: AgentRow): Promise<MutationCall> {
  const [holder] = await tx.select({ id: agents.id }).from(agents).where(eq(agents.email, row.email.toLowerCase()));
  const { createdAt: _createdAt, ...fields } = row;
  return { name: 'agent.save', args: { ...fields, emailHolderId: holder?.id ?? null } };
}
