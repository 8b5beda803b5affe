import type { HistoryBundle } from '../../core';
import { fetchIntoReplica } from '../sync/fetchIntoReplica';
import { HistoryUnavailableError } from '../sync/HistoryUnavailableError';
import type { HandlerContext } from './HandlerContext';
import { IpcFailure } from './IpcFailure';

/**
 * Fetches a hub history route into the replica for an IPC handler. Offline (or working
 * offline) fails at once with `offlineMessage`; a record the hub does not have in the
 * agent's scopes answers null.
 */
export async function fetchOnDemand(ctx: HandlerContext, path: string, offlineMessage: string): Promise<HistoryBundle | null> {
  const access = ctx.session.hubAccess();
  if (!access) throw new IpcFailure('unauthorized', 'Sign in first.');
  if (ctx.status.get().connection !== 'online') throw new IpcFailure('offline', offlineMessage);
  try {
    return await fetchIntoReplica(
      { store: ctx.store, actor: ctx.session.actor(), access, dataChanged: (entities) => ctx.session.localWrite(entities), log: () => {} },
      path,
    );
  } catch (error) {
    if (!(error instanceof HistoryUnavailableError)) throw error;
    if (error.reason === 'not_found') return null;
    if (error.reason === 'offline') throw new IpcFailure('offline', offlineMessage);
    throw new IpcFailure(error.reason, error.message);
  }
}
