import { eq } from 'drizzle-orm';
import { slaAtRiskSetting } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { automations } from '../../db/schema';

/** The lead's SLA at-risk threshold (ms) as replicated: the `sla.at_risk` automation, else core's default. */
export function readSlaAtRiskMs(db: ReplicaDb): number {
  return slaAtRiskSetting.withinMs(db.select().from(automations).where(eq(automations.trigger, slaAtRiskSetting.trigger)).all());
}
