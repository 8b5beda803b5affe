import type { newTicketChannels } from '../../core/contract/channels/newTicketChannels';
import { asc } from 'drizzle-orm';
import { fieldDefs, tagDefs } from '../db/schema';
import { listNewTicketOptions } from '../queries/tickets/listNewTicketOptions';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the new-ticket channels (see core/contract/channels/newTicketChannels.ts). */
export function createNewTicketHandlers(ctx: HandlerContext): FeatureHandlers<typeof newTicketChannels> {
  return {
    'newTicket.options': async (input) => listNewTicketOptions(ctx.store.db, input.customerId),
    'labels.defs': async () => ({
      tagDefs: ctx.store.db.select().from(tagDefs).orderBy(asc(tagDefs.name)).all(),
      fieldDefs: ctx.store.db.select().from(fieldDefs).orderBy(asc(fieldDefs.label)).all(),
    }),
  };
}
