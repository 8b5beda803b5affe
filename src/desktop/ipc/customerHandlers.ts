import type { customerChannels } from '../../core/contract/channels/customerChannels';
import { recordOpen } from '../prune/recordOpen';
import { getCustomer360 } from '../queries/customers/getCustomer360';
import { getShipmentTimeline } from '../queries/customers/getShipmentTimeline';
import { listCustomers } from '../queries/customers/listCustomers';
import { listDuplicateReview } from '../queries/customers/listDuplicateReview';
import { searchEverything } from '../queries/spotlight/searchEverything';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the customer channels (see core/contract/channels/customerChannels.ts): replica reads only. */
export function createCustomerHandlers(ctx: HandlerContext): FeatureHandlers<typeof customerChannels> {
  return {
    'customers.list': async (input) => listCustomers(ctx.store.db, input),
    'customers.duplicates': async () => listDuplicateReview(ctx.store.db),
    'customers.get': async (input) => {
      recordOpen(ctx.store, 'customers', input.id, ctx.now());
      return getCustomer360(ctx.store.db, input.id);
    },
    'shipments.timeline': async (input) => {
      recordOpen(ctx.store, 'shipments', input.shipmentId, ctx.now());
      return getShipmentTimeline(ctx.store.db, input.shipmentId);
    },
    'search.everything': async (input) => searchEverything(ctx.store.db, input),
  };
}
