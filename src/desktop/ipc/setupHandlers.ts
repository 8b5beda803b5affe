import type { setupChannels } from '../../core/contract/channels/setupChannels';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the setup channels (see core/contract/channels/setupChannels.ts). */
export function createSetupHandlers(ctx: HandlerContext): FeatureHandlers<typeof setupChannels> {
  return {
    'setup.firstRunAdmin': async () => ctx.firstRunAdmin?.take() ?? null,
    'setup.demoLogin': async () => ctx.demoLogin ?? null,
  };
}
