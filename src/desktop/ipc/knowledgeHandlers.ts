import type { knowledgeChannels } from '../../core/contract/channels/knowledgeChannels';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the knowledge channels (see core/contract/channels/knowledgeChannels.ts). */
export function createKnowledgeHandlers(_ctx: HandlerContext): FeatureHandlers<typeof knowledgeChannels> {
  return {};
}
