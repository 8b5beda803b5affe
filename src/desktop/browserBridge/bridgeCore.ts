import type { IpcChannel, IpcEventName, IpcEventPayload, IpcReply } from '../../core';

/**
 * The part of the desktop core the bridge needs: the same shape `createDesktopCore` returns,
 * kept structural so the bridge can be tested with any object that honours it.
 */
export interface BridgeCore {
  /** Validates the input itself and never throws: failures come back as `{ ok: false }`. */
  invoke(channel: string, input: unknown): Promise<IpcReply<IpcChannel>>;
  on<E extends IpcEventName>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void;
}
