import type { IpcHandlers } from '../ipc/IpcHandlers';
import { IpcFailure } from '../ipc/IpcFailure';
import { DISK_FULL_MESSAGE } from './diskFullMessage';

function isDiskFull(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_FULL';
}

/**
 * Every handler, with a full disk turned into the plain sentence. SQLite rolls the failed
 * transaction back whole, so everything committed before stays as it was.
 */
export function guardDiskFull(handlers: IpcHandlers): IpcHandlers {
  const guarded: Record<string, (input: never) => Promise<unknown>> = {};
  for (const [channel, handler] of Object.entries(handlers) as [string, (input: never) => Promise<unknown>][]) {
    guarded[channel] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        throw isDiskFull(error) ? new IpcFailure('failed', DISK_FULL_MESSAGE) : error;
      }
    };
  }
  // Same keys and signatures as `handlers`; Object.entries loses the per-channel link.
  return guarded as IpcHandlers;
}
