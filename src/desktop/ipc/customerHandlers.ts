import type { customerChannels } from '../../core/contract/channels/customerChannels';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the customer channels (see core/contract/channels/customerChannels.ts). */
export function createCustomerHandlers(_ctx: HandlerContext): FeatureHandlers<typeof customerChannels> {
  return {};
}
