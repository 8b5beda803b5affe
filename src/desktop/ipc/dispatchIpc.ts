import { ipcContract, type IpcChannel, type IpcReply } from '../../core';
import { IpcFailure } from './IpcFailure';
import type { IpcHandlers } from './createIpcHandlers';

function isChannel(channel: string): channel is IpcChannel {
  return Object.hasOwn(ipcContract, channel);
}

/**
 * Validates the channel and its input against the contract (the renderer is not trusted),
 * runs the handler and turns every failure into an error reply: it never throws.
 */
export async function dispatchIpc(handlers: IpcHandlers, channel: string, input: unknown): Promise<IpcReply<IpcChannel>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'unknown_channel', message: `Unknown channel "${channel}".` } };
  const parsed = ipcContract[channel].input.safeParse(input ?? {});
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    return { ok: false, error: { code: 'invalid_input', message } };
  }
  try {
    // The contract pairs each channel's schema with its handler; the lookup by a union key loses that link.
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    const data = await handler(parsed.data);
    return { ok: true, data } as IpcReply<IpcChannel>;
  } catch (error) {
    if (error instanceof IpcFailure) return { ok: false, error: { code: error.code, message: error.message } };
    console.error(`[relay] ${channel} failed`, error);
    return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
  }
}
