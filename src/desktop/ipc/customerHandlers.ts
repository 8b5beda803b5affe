import type { customerChannels } from '../../core/contract/channels/customerChannels';
import { getCustomer360 } from '../queries/getCustomer360';
import { getShipmentTimeline } from '../queries/getShipmentTimeline';
import { listCustomers } from '../queries/listCustomers';
import { searchEverything } from '../queries/searchEverything';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the customer channels (see core/contract/channels/customerChannels.ts): replica reads only. */
export function createCustomerHandlers(ctx: HandlerContext): FeatureHandlers<typeof customerChannels> {
  return {
    'customers.list': async (input) => listCustomers(ctx.store.db, input),
    'customers.get': async (input) => getCustomer360(ctx.store.db, input.id),
    'shipments.timeline': async (input) => getShipmentTimeline(ctx.store.db, input.shipmentId),
    'search.everything': async (input) => searchEverything(ctx.store.db, input),
  };
}
