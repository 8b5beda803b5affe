import { asc, inArray } from 'drizzle-orm';
import { csatLowScoreSetting, csatSurveySetting } from '../../core';
import type { deskSettingsChannels } from '../../core/contract/channels/deskSettingsChannels';
import { automations, slaPolicies } from '../db/schema';
import { listTeamCalendars } from '../queries/settings/listTeamCalendars';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the Teams / SLA policies / Surveys channels (see core/contract/channels/deskSettingsChannels.ts). */
export function createDeskSettingsHandlers(ctx: HandlerContext): FeatureHandlers<typeof deskSettingsChannels> {
  return {
    'teams.calendars': async () => listTeamCalendars(ctx.store.db),
    'sla.policies': async () => ctx.store.db.select().from(slaPolicies).orderBy(asc(slaPolicies.priority), asc(slaPolicies.tier)).all(),
    'csat.settings': async () =>
      ctx.store.db
        .select()
        .from(automations)
        .where(inArray(automations.trigger, [csatSurveySetting.trigger, csatLowScoreSetting.trigger]))
        .orderBy(asc(automations.id))
        .all(),
  };
}
