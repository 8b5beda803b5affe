import { z } from 'zod';
import { actionSettledConfigSchema, notificationConfigSchema, notificationTriggers, shipmentActionOutcomes, type AutomationConfig, type AutomationRow, type ShipmentActionOutcome } from '../../core';

/** The automation as the pure decision needs it, or why its stored config is unusable. */
export function parseAutomation(row: AutomationRow): { ok: true; config: AutomationConfig } | { ok: false; reason: string } {
  const trigger = z.enum(notificationTriggers).safeParse(row.trigger);
  if (!trigger.success) return { ok: false, reason: `unknown trigger "${row.trigger}"` };
  if (trigger.data === 'shipment_action.settled') return parseActionSettled(row);
  const parsed = notificationConfigSchema.safeParse(row.config);
  if (!parsed.success) {
    return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ') };
  }
  const c = parsed.data;
  return {
    ok: true,
    config: {
      id: row.id,
      enabled: row.enabled,
      trigger: trigger.data,
      exceptionTypes: c.exceptionTypes,
      macroId: c.macroId,
      channel: c.channel,
      throttle: { perShipmentMs: c.throttle.perShipmentHours * 3_600_000, perCustomerPerDay: c.throttle.perCustomerPerDay },
    },
  };
}

function parseActionSettled(row: AutomationRow): { ok: true; config: AutomationConfig } | { ok: false; reason: string } {
  const parsed = actionSettledConfigSchema.safeParse(row.config);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ') };
  const c = parsed.data;
  const byOutcome: Partial<Record<ShipmentActionOutcome, string>> = {};
  for (const outcome of shipmentActionOutcomes) {
    const macroId = c.outcomes[outcome];
    if (macroId) byOutcome[outcome] = macroId;
  }
  return {
    ok: true,
    config: {
      id: row.id,
      enabled: row.enabled,
      trigger: 'shipment_action.settled',
      exceptionTypes: null,
      // The refine above guarantees one; macroId names it for code that reads a single macro.
      macroId: c.outcomes.accepted ?? c.outcomes.refused ?? c.outcomes.failed ?? '',
      macroByOutcome: byOutcome,
      actionKinds: c.actionKinds,
      channel: c.channel,
      throttle: { perShipmentMs: c.throttle.perShipmentHours * 3_600_000, perCustomerPerDay: c.throttle.perCustomerPerDay },
    },
  };
}
