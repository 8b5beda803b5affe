import { z } from 'zod';
import type { AutomationRow } from '../domain/workspaceRows';
import { defaultOpenTicketCap } from './pickAssignee';

const configSchema = z.object({ cap: z.number().int().min(1).max(1000) });

/** Auto-assign's open-ticket cap per agent, kept as an automation row like the SLA at-risk threshold. */
export const openTicketCapSetting = {
  trigger: 'routing.open_ticket_cap',
  configSchema,
  /** The cap from the tenant's automations; an unusable config falls back to the default (20). */
  cap(automations: ReadonlyArray<Pick<AutomationRow, 'trigger' | 'enabled' | 'config'>>): number {
    const row = automations.find((a) => a.trigger === openTicketCapSetting.trigger && a.enabled);
    const parsed = row ? configSchema.safeParse(row.config) : null;
    return parsed?.success ? parsed.data.cap : defaultOpenTicketCap;
  },
} as const;
