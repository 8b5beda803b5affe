import { z } from 'zod';
import { notificationConfigSchema, notificationTriggers, type AutomationConfig, type AutomationRow } from '../../core';

/** The automation as the pure decision needs it, or why its stored config is unusable. */
export function parseAutomation(row: AutomationRow): { ok: true; config: AutomationConfig } | { ok: false; reason: string } {
  const trigger = z.enum(notificationTriggers).safeParse(row.trigger);
  if (!trigger.success) return { ok: false, reason: `unknown trigger "${row.trigger}"` };
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
