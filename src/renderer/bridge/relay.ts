import type { IpcChannel, IpcError, IpcInput, IpcOutput, RelayBridge } from '../../core';

declare global {
  interface Window {
    /** Installed by the Electron preload, or by the HTTP bridge shim in browser mode. */
    relay?: RelayBridge;
  }
}

/** The bridge to the desktop core; main.tsx guarantees it exists before the app renders. */
export function relay(): RelayBridge {
  const bridge = window.relay;
  if (!bridge) throw new Error('window.relay is not installed');
  return bridge;
}

/** An IPC failure thrown by `call`, carrying the contract's code and a sentence to show. */
export class RelayCallError extends Error {
  readonly code: IpcError['code'];
  constructor(error: IpcError) {
    super(error.message);
    this.name = 'RelayCallError';
    this.code = error.code;
  }
}

/** Invokes a channel and returns its data, or throws RelayCallError with the core's message. */
export async function call<C extends IpcChannel>(channel: C, input: IpcInput<C>): Promise<IpcOutput<C>> {
  const reply = await relay().invoke(channel, input);
  if (!reply.ok) throw new RelayCallError(reply.error);
  return reply.data;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}
