import { asc } from 'drizzle-orm';
import type { automationChannels } from '../../core/contract/channels/automationChannels';
import { agents, automations, macros, teams } from '../db/schema';
import { listRecentTicketFacts } from '../queries/automations/listRecentTicketFacts';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the Automations page's channels (see core/contract/channels/automationChannels.ts). */
export function createAutomationHandlers(ctx: HandlerContext): FeatureHandlers<typeof automationChannels> {
  return {
    'automations.editor': async () => {
      const db = ctx.store.db;
      return {
        automations: db.select().from(automations).orderBy(asc(automations.name)).all(),
        teams: db.select({ id: teams.id, name: teams.name }).from(teams).orderBy(asc(teams.name)).all(),
        agents: db.select({ id: agents.id, name: agents.name, teamId: agents.teamId, role: agents.role }).from(agents).orderBy(asc(agents.name)).all(),
        macros: db.select({ id: macros.id, title: macros.title }).from(macros).orderBy(asc(macros.title)).all(),
      };
    },
    'automations.recentTickets': async (input) => listRecentTicketFacts(ctx.store.db, input.limit),
  };
}
