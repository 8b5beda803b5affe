import { eq } from 'drizzle-orm';
import type { accountChannels } from '../../core/contract/channels/accountChannels';
import type { attachmentChannels } from '../../core/contract/channels/attachmentChannels';
import type { mentionChannels } from '../../core/contract/channels/mentionChannels';
import { listRecentMentions } from '../queries/mentions/listRecentMentions';
import { agents } from '../db/schema';
import { stageAttachment } from '../attachments/stageAttachment';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the replies feature's channels: attachments, own signature, mentions (core/contract/channels/). */
export function createReplyHandlers(ctx: HandlerContext): FeatureHandlers<typeof attachmentChannels & typeof accountChannels & typeof mentionChannels> {
  return {
    'attachments.stage': async (input) => stageAttachment(ctx.store, input, ctx.now()),
    'account.signature': async () => {
      const agentId = ctx.session.actor()?.agentId ?? null;
      const row = agentId ? ctx.store.db.select({ signature: agents.signature }).from(agents).where(eq(agents.id, agentId)).get() : undefined;
      return { agentId, signature: row?.signature ?? '' };
    },
    'mentions.recent': async () => listRecentMentions(ctx.store.db, ctx.session.actor()?.agentId ?? null),
  };
}
