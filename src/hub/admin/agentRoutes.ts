import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { agentRoleSchema, idSchema, uuidv7, type AgentRow } from '../../core';
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
import { AdminRefusal } from './AdminRefusal';

const createSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  email: z.email({ message: 'must be an email address' }).transform((e) => e.trim().toLowerCase()),
  role: agentRoleSchema,
  teamId: idSchema,
  password: z.string().min(10, 'must be at least 10 characters').max(1024),
});
const updateSchema = z
  .object({ name: z.string().trim().min(1).max(200).optional(), role: agentRoleSchema.optional(), teamId: idSchema.optional() })
  .refine((b) => b.name !== undefined || b.role !== undefined || b.teamId !== undefined, {
    message: 'nothing to change: give name, role or teamId',
  });
const resetSchema = z.object({ newPassword: z.string().min(10, 'must be at least 10 characters').max(1024) });
const idParams = z.object({ id: idSchema });
const admin = { config: { access: 'admin' as const } };

/**
 * Agents: list, create (with an initial password), change name/role/team, reset the password,
 * deactivate. A role or team change changes the agent's scopes; a reset or deactivation revokes
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
    const body = parseInput(createSchema, request.body ?? {}, 'agent');
    // argon2 is deliberately slow: hash before taking the write lock.
    const passwordHash = await hashPassword(body.password);
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
    return reply.status(201).send({ agent });
  });

  app.patch('/api/v1/admin/agents/:id', admin, async (request) => {
    const actor = adminActor(request);
    const { id } = parseInput(idParams, request.params, 'agent id');
    const body = parseInput(updateSchema, request.body ?? {}, 'agent change');
    const { after, rescoped } = await adminWrite(ctx, actor, async (tx) => {
      const before = await requireAgent(tx, id);
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
      const before = await requireAgent(tx, id);
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
    const passwordHash = await hashPassword(body.newPassword);
    await adminWrite(ctx, actor, async (tx) => {
      const before = await requireAgent(tx, id);
      await tx.update(agents).set({ passwordHash }).where(eq(agents.id, id));
      const tokenVersion = await bumpTokenVersion(tx, id);
      // Nothing replicated changes, so no mutation: the audit entry is the commit. Neither password nor hash is audited.
      return {
        value: tokenVersion,
        audit: { action: 'agent.password_reset', entity: 'agents', entityId: id, before, after: { ...before, tokenVersion } },
      };
    });
    await sockets.disconnectAgents([id]);
    return { ok: true };
  });
}

/** agent.save for `row`, with the email's current holder read under the write lock (emails are not ids a mutation can read). */
async function save(tx: HubTx, row: AgentRow): Promise<MutationCall> {
  const [holder] = await tx.select({ id: agents.id }).from(agents).where(eq(agents.email, row.email.toLowerCase()));
  const { createdAt: _createdAt, ...fields } = row;
  return { name: 'agent.save', args: { ...fields, emailHolderId: holder?.id ?? null } };
}

async function requireAgent(tx: HubTx, agentId: string): Promise<AgentRow> {
  const [agent] = await tx.select(agentRowColumns).from(agents).where(eq(agents.id, agentId));
  if (!agent) throw new AdminRefusal(404, 'not_found', `Agent ${agentId} does not exist.`);
  return agent;
}
