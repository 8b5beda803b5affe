import type { noticeChannels } from '../../core/contract/channels/noticeChannels';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the notice channel (see core/contract/channels/noticeChannels.ts). */
export function createNoticeHandlers(ctx: HandlerContext): FeatureHandlers<typeof noticeChannels> {
  return { 'app.notices': async () => ctx.notices.take() };
}
