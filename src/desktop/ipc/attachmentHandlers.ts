import type { attachmentChannels } from '../../core/contract/channels/attachmentChannels';
import { stageAttachment } from '../attachments/stageAttachment';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the attachment channels (see core/contract/channels/attachmentChannels.ts). */
export function createAttachmentHandlers(ctx: HandlerContext): FeatureHandlers<typeof attachmentChannels> {
  return { 'attachments.stage': async (input) => stageAttachment(ctx.store, input, ctx.now()) };
}
