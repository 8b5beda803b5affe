import { asc, inArray } from 'drizzle-orm';
import { defaultOpenTicketCap, openTicketCapSetting, routingConfigSchema, routingTrigger, type IpcOutput } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { automations, teams } from '../../db/schema';

/** Routing rules (disabled ones too) in the order they run, the auto-assign cap row and the teams, from the replica. */
export function listRoutingSettings(db: ReplicaDb): IpcOutput<'routing.settings'> {
  const rows = db.select().from(automations).where(inArray(automations.trigger, [routingTrigger, openTicketCapSetting.trigger])).all();
  const position = (config: Record<string, unknown>) => routingConfigSchema.shape.position.safeParse(config.position).data ?? 0;
  const rules = rows.filter((r) => r.trigger === routingTrigger).sort((a, b) => position(a.config) - position(b.config) || a.id.localeCompare(b.id));
  const capRow = rows.find((r) => r.trigger === openTicketCapSetting.trigger);
  return {
    rules,
    cap: capRow ? { id: capRow.id, cap: openTicketCapSetting.cap([capRow]) } : null,
    defaultCap: defaultOpenTicketCap,
    teams: db.select({ id: teams.id, name: teams.name }).from(teams).orderBy(asc(teams.name)).all(),
  };
}
