import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditQuerySchema, eraseRequestSchema, idSchema, retentionSetting, uuidv7, agentActorOf } from '../../core';
import { adminActor } from '../admin/adminActor';
import { adminWrite } from '../admin/adminWrite';
import { queryAuditLog } from '../admin/queryAuditLog';
import type { HubContext } from '../HubContext';
import { parseInput } from '../parseInput';
import { automations } from '../store/schema';
import { eraseCustomer } from './eraseCustomer';
import { exportCustomer } from './exportCustomer';
import { retentionRulesOf, runRetention } from './runRetention';

const admin = { config: { access: 'admin' as const } };
const customerParams = z.object({ id: idSchema });

/**
 * Data governance (admins only): erase one customer, export everything held about one, the
 * retention rules and their "Run now", and the log of those runs (audit entries `governance.*`).
 */
export function governanceRoutes(app: FastifyInstance, ctx: HubContext): void {
  app.post('/api/v1/admin/customers/:id/erase', admin, async (request) => {
    const { id } = parseInput(customerParams, request.params, 'customer id');
    const { confirmName } = parseInput(eraseRequestSchema, request.body ?? {}, 'erasure request');
    return { erasure: await eraseCustomer(ctx, adminActor(request), id, confirmName) };
  });

  app.get('/api/v1/admin/customers/:id/export', admin, async (request, reply) => {
    const { id } = parseInput(customerParams, request.params, 'customer id');
    const data = await exportCustomer(ctx, adminActor(request), id);
    return reply.header('content-disposition', `attachment; filename="customer-${id}.json"`).send(data);
  });

  app.get('/api/v1/admin/retention', admin, async () => ({ rules: await retentionRulesOf(ctx) }));

  app.post('/api/v1/admin/retention', admin, async (request) => {
    const config = parseInput(retentionSetting.configSchema, request.body ?? {}, 'retention rules');
    const actor = adminActor(request);
    await adminWrite(ctx, actor, async (tx, now) => {
      const [before] = await tx.select().from(automations).where(and(eq(automations.trigger, retentionSetting.trigger)));
      const after = { id: before?.id ?? uuidv7(now), name: 'Data retention', trigger: retentionSetting.trigger, enabled: true, config };
      return {
        value: null,
        mutation: { name: 'setting.save', args: { entity: 'automations', id: after.id, row: after } },
        audit: { action: before ? 'automations.update' : 'automations.create', entity: 'automations', entityId: after.id, before: before ?? null, after },
      };
    });
    return { rules: config.rules };
  });

  app.post('/api/v1/admin/retention/run', admin, async (request) => {
    const actor = adminActor(request);
    return { rules: await runRetention(ctx, agentActorOf(actor)) };
  });

  app.get('/api/v1/admin/governance/runs', admin, async () => queryAuditLog(ctx.db, auditQuerySchema.parse({ action: 'governance.', limit: 50 }), null));
}
