import type { exceptionChannels } from '../../core/contract/channels/exceptionChannels';
import { countExceptions } from '../queries/exceptions/countExceptions';
import { getExceptionDetail } from '../queries/exceptions/getExceptionDetail';
import { listExceptionMacros } from '../queries/exceptions/listExceptionMacros';
import { listExceptions } from '../queries/exceptions/listExceptions';
import { listExceptionTeams } from '../queries/exceptions/listExceptionTeams';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';
import { planExceptionNotices } from './planExceptionNotices';
import { previewExceptionNotices } from './previewExceptionNotices';

/** Handlers of the exception channels (see core/contract/channels/exceptionChannels.ts); writes are mutation channels. */
export function createExceptionHandlers(ctx: HandlerContext): FeatureHandlers<typeof exceptionChannels> {
  return {
    'exceptions.list': async (input) => listExceptions(ctx.store.db, input, ctx.now(), ctx.session.actor()?.agentId ?? null),
    'exceptions.counts': async (input) => countExceptions(ctx.store.db, input, ctx.now()),
    'exceptions.get': async (input) => getExceptionDetail(ctx.store.db, ctx.store.rows, input.id),
    'exceptions.notifyPlan': async (input) => planExceptionNotices(ctx, input.ids, input.macroId, input.bodies),
    'exceptions.notifyPreview': async (input) => ({ recipients: previewExceptionNotices(ctx, input.ids, input.macroId) }),
    'exceptions.teams': async () => listExceptionTeams(ctx.store.db),
    'exceptions.macros': async () => listExceptionMacros(ctx.store.db, ctx.session.actor()?.agentId ?? null),
  };
}
