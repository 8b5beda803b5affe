import type { historyChannels } from '../../core/contract/channels/historyChannels';
import { recordOpen } from '../prune/recordOpen';
import { fetchOnDemand } from './fetchOnDemand';
import { fetchTicketOnDemand } from './fetchTicketOnDemand';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

const OLD_SHIPMENT_OFFLINE = 'This shipment is older than what this computer keeps; connect to open it.';
const OLD_MESSAGES_OFFLINE = 'Older tickets are searched on the hub; connect to search them.';
const OLD_HISTORY_OFFLINE = "This customer's older history is not kept on this computer; connect to see it.";

/** Handlers of the history channels (see core/contract/channels/historyChannels.ts). */
export function createHistoryHandlers(ctx: HandlerContext): FeatureHandlers<typeof historyChannels> {
  return {
    // Recorded first: the prune must not take fetched history away before the agent has read it.
    'history.fetchTicket': async (input) => {
      recordOpen(ctx.store, 'tickets', input.id, ctx.now());
      return { found: await fetchTicketOnDemand(ctx, input.id) };
    },
    'history.fetchShipment': async (input) => {
      recordOpen(ctx.store, 'shipments', input.id, ctx.now());
      return { found: (await fetchOnDemand(ctx, `shipments/${input.id}`, OLD_SHIPMENT_OFFLINE)) !== null };
    },
    'history.searchMessages': async (input) => {
      const bundle = await fetchOnDemand(ctx, `messages?${new URLSearchParams({ q: input.query, limit: '20' }).toString()}`, OLD_MESSAGES_OFFLINE);
      const found = bundle?.rows.tickets ?? [];
      // Opened, as far as the prune is concerned: an agent searched for them on purpose.
      for (const t of found) recordOpen(ctx.store, 'tickets', String((t as { id: unknown }).id), ctx.now());
      return { found: found.length > 0, tickets: found.length };
    },
    'history.fetchCustomer': async (input) => {
      recordOpen(ctx.store, 'customers', input.customerId, ctx.now());
      const query = new URLSearchParams({ limit: String(input.limit), ...(input.before === undefined ? {} : { before: String(input.before) }) });
      const bundle = await fetchOnDemand(ctx, `customers/${input.customerId}?${query.toString()}`, OLD_HISTORY_OFFLINE);
      return {
        found: bundle !== null,
        tickets: bundle?.rows.tickets?.length ?? 0,
        orders: bundle?.rows.orders?.length ?? 0,
        shipments: bundle?.rows.shipments?.length ?? 0,
        nextBefore: bundle?.nextBefore ?? null,
      };
    },
  };
}
