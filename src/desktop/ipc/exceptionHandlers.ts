import type { exceptionChannels } from '../../core/contract/channels/exceptionChannels';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the exception channels (see core/contract/channels/exceptionChannels.ts). */
export function createExceptionHandlers(_ctx: HandlerContext): FeatureHandlers<typeof exceptionChannels> {
  return {};
}
