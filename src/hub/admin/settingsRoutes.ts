import { and, eq, ne } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { backorderThresholdSetting, csatLowScoreSetting, csatSurveySetting, entityRowSchemas, idSchema, openTicketCapSetting, routingConfigSchema, routingTrigger, slaAtRiskSetting, ticketRuleConfigSchema, ticketRuleTrigger, uuidv7, actionSettledConfigSchema } from '../../core';
import { describeZodError } from '../describeZodError';
import type { HubContext } from '../HubContext';
import { parseInput } from '../parseInput';
import type { HubTx } from '../store/openStore';
import { loadRow } from '../store/rowStore';
import { automations, slaPolicies } from '../store/schema';
import type { MutationCall } from '../write/commitMutation';
import { adminActor } from './adminActor';
import { adminWrite } from './adminWrite';
import { AdminRefusal } from './AdminRefusal';
import { listEntityRows } from './listEntityRows';

/** Settings entities an admin edits, by URL segment; all replicate in the tenant scope. */
const settings = {
  'sla-policies': { entity: 'sla_policies', noun: 'SLA policy' },
  automations: { entity: 'automations', noun: 'automation' },
  macros: { entity: 'macros', noun: 'macro' },
} as const;
type SettingsEntity = (typeof settings)[keyof typeof settings]['entity'];

/** CSAT settings kept as automations (src/core/csat), by trigger; one of each per tenant. */
const csatSettings: Record<string, z.ZodType | undefined> = {
  [csatSurveySetting.trigger]: csatSurveySetting.configSchema,
  [csatLowScoreSetting.trigger]: csatLowScoreSetting.configSchema,
};
/** Automations that are one setting of the tenant: a second row would leave which one counts to chance. */
const singleSettings: Record<string, string> = {
  [slaAtRiskSetting.trigger]: 'The SLA at-risk threshold',
  [csatSurveySetting.trigger]: 'The CSAT survey setting',
  [csatLowScoreSetting.trigger]: 'The CSAT low-score automation',
};

const bodySchema = z.record(z.string(), z.unknown());
const idParams = z.object({ id: idSchema });
const admin = { config: { access: 'admin' as const } };

/** CRUD for SLA policies, automations and macros, each write through the change log and the audit log. */
export function settingsRoutes(app: FastifyInstance, ctx: HubContext): void {
  for (const [segment, { entity, noun }] of Object.entries(settings)) {
    const base = `/api/v1/admin/${segment}`;
    const validate = (candidate: Record<string, unknown>): Record<string, unknown> => {
      const parsed = entityRowSchemas[entity].safeParse(candidate);
      if (!parsed.success) throw new AdminRefusal(400, 'invalid_request', `Invalid ${noun}: ${describeZodError(parsed.error)}`);
      // The SLA at-risk threshold is kept as an automation: its config is checked here, not silently ignored later.
      const automation = entity === 'automations' ? entityRowSchemas.automations.parse(parsed.data) : null;
      if (automation?.trigger === slaAtRiskSetting.trigger) {
        const config = slaAtRiskSetting.configSchema.safeParse(automation.config);
        if (!config.success) throw new AdminRefusal(400, 'invalid_request', `Invalid SLA at-risk threshold: ${describeZodError(config.error)}`);
      }
      if (automation?.trigger === backorderThresholdSetting.trigger) {
        const config = backorderThresholdSetting.configSchema.safeParse(automation.config);
        if (!config.success) throw new AdminRefusal(400, 'invalid_request', `Invalid backorder threshold: ${describeZodError(config.error)}`);
      }
      // Routing rules and the auto-assign cap are automations too; a bad one would be skipped silently on arrival.
      const routingSchema = automation?.trigger === routingTrigger ? routingConfigSchema : automation?.trigger === openTicketCapSetting.trigger ? openTicketCapSetting.configSchema : null;
      const routing = routingSchema?.safeParse(automation?.config);
      if (routing && !routing.success) throw new AdminRefusal(400, 'invalid_request', `Invalid routing setting: ${describeZodError(routing.error)}`);
      // The CSAT survey and low-score settings too: a bad one would turn surveys off without a word.
      const csatSchema = automation ? csatSettings[automation.trigger] : undefined;
      const csat = csatSchema?.safeParse(automation?.config);
      if (csat && !csat.success) throw new AdminRefusal(400, 'invalid_request', `Invalid CSAT setting: ${describeZodError(csat.error)}`);
      // Ticket rules too (the Automations page writes them through automation.save, which checks the same schema).
      const ticketRule = automation?.trigger === ticketRuleTrigger ? ticketRuleConfigSchema.safeParse(automation.config) : null;
      if (ticketRule && !ticketRule.success) throw new AdminRefusal(400, 'invalid_request', `Invalid ticket rule: ${describeZodError(ticketRule.error)}`);
      // The settled-shipment-action automation too: a config naming no macro would tell nobody.
      const settled = automation?.trigger === 'shipment_action.settled' ? actionSettledConfigSchema.safeParse(automation.config) : null;
      if (settled && !settled.success) throw new AdminRefusal(400, 'invalid_request', `Invalid shipment-action automation: ${describeZodError(settled.error)}`);
      return parsed.data;
    };
    // The row change itself is the core mutation setting.save (validated again there, as the admin).
    const change = (id: string, row: Record<string, unknown> | null): MutationCall => ({ name: 'setting.save', args: { entity, id, row } });

    app.get(base, admin, async () => ({ [entity]: await listEntityRows(ctx.db, entity) }));

    app.post(base, admin, async (request, reply) => {
      const actor = adminActor(request);
      const body = parseInput(bodySchema, request.body ?? {}, noun);
      const row = await adminWrite(ctx, actor, async (tx, now) => {
        const after = validate({ ...body, id: uuidv7(now) });
        await refuseDuplicate(tx, entity, after);
        const id = String(after.id);
        return { value: after, mutation: change(id, after), audit: { action: `${entity}.create`, entity, entityId: id, before: null, after } };
      });
      return reply.status(201).send({ [noun]: row, row });
    });

    app.patch(`${base}/:id`, admin, async (request) => {
      const actor = adminActor(request);
      const { id } = parseInput(idParams, request.params, `${noun} id`);
      const body = parseInput(bodySchema, request.body ?? {}, noun);
      const row = await adminWrite(ctx, actor, async (tx) => {
        const before = await loadRow(tx, entity, id);
        if (!before) throw new AdminRefusal(404, 'not_found', `No ${noun} ${id}.`);
        const after = validate({ ...before, ...body, id });
        await refuseDuplicate(tx, entity, after);
        return { value: after, mutation: change(id, after), audit: { action: `${entity}.update`, entity, entityId: id, before, after } };
      });
      return { row };
    });

    app.delete(`${base}/:id`, admin, async (request) => {
      const actor = adminActor(request);
      const { id } = parseInput(idParams, request.params, `${noun} id`);
      await adminWrite(ctx, actor, async (tx) => {
        const before = await loadRow(tx, entity, id);
        if (!before) throw new AdminRefusal(404, 'not_found', `No ${noun} ${id}.`);
        return { value: null, mutation: change(id, null), audit: { action: `${entity}.delete`, entity, entityId: id, before, after: null } };
      });
      return { ok: true };
    });
  }
}

/** One SLA policy per (priority, tier), one SLA at-risk threshold and one of each CSAT setting: answer 409 rather than fail on the unique index or keep two. */
async function refuseDuplicate(tx: HubTx, entity: SettingsEntity, row: Record<string, unknown>): Promise<void> {
  if (entity === 'automations') {
    const parsed = entityRowSchemas.automations.parse(row);
    const noun = singleSettings[parsed.trigger];
    if (!noun) return;
    const [clash] = await tx
      .select({ id: automations.id })
      .from(automations)
      .where(and(eq(automations.trigger, parsed.trigger), ne(automations.id, parsed.id)));
    if (clash) throw new AdminRefusal(409, 'conflict', `${noun} already exists (automation ${clash.id}); change that one.`);
    return;
  }
  if (entity !== 'sla_policies') return;
  const parsed = entityRowSchemas.sla_policies.parse(row);
  const [clash] = await tx
    .select({ id: slaPolicies.id })
    .from(slaPolicies)
    .where(and(eq(slaPolicies.priority, parsed.priority), eq(slaPolicies.tier, parsed.tier), ne(slaPolicies.id, parsed.id)));
  if (clash) throw new AdminRefusal(409, 'conflict', `An SLA policy for ${parsed.priority} / ${parsed.tier} already exists.`);
}
