import type { exceptionChannels } from '../../core/contract/channels/exceptionChannels';
import { countExceptions } from '../queries/exceptions/countExceptions';
import { getExceptionDetail } from '../queries/exceptions/getExceptionDetail';
import { listExceptionMacros } from '../queries/exceptions/listExceptionMacros';
import { listExceptions } from '../queries/exceptions/listExceptions';
import { listExceptionTeams } from '../queries/exceptions/listExceptionTeams';
import type { HandlerContext } from './HandlerContext';
import { IpcFailure } from './IpcFailure';
import type { FeatureHandlers } from './IpcHandlers';
import { notifyExceptionCustomers } from './notifyExceptionCustomers';
import { openExceptionTicket } from './openExceptionTicket';
import { previewExceptionNotices } from './previewExceptionNotices';
import { writeLocally } from './writeLocally';

/** Handlers of the exception channels (see core/contract/channels/exceptionChannels.ts). */
export function createExceptionHandlers(ctx: HandlerContext): FeatureHandlers<typeof exceptionChannels> {
  return {
    'exceptions.list': async (input) => listExceptions(ctx.store.db, input, ctx.now(), ctx.session.actor()?.agentId ?? null),
    'exceptions.counts': async (input) => countExceptions(ctx.store.db, input, ctx.now()),
    'exceptions.get': async (input) => getExceptionDetail(ctx.store.db, ctx.store.rows, input.id),
    'exceptions.update': async (input) => ({ mutationId: writeLocally(ctx, 'exception.update', input) }),
    'exceptions.openTicket': async (input) => {
      const exception = ctx.store.rows.get('exceptions', input.id);
      if (!exception) throw new IpcFailure('invalid_input', 'This exception is not in your queue.');
      return openExceptionTicket(ctx, exception, input.note);
    },
    'exceptions.notify': async (input) => ({ results: notifyExceptionCustomers(ctx, input.ids, input.macroId, input.bodies) }),
    'exceptions.notifyPreview': async (input) => ({ recipients: previewExceptionNotices(ctx, input.ids, input.macroId) }),
    'exceptions.teams': async () => listExceptionTeams(ctx.store.db),
    'exceptions.macros': async () => listExceptionMacros(ctx.store.db),
  };
}
