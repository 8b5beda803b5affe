import type { z } from 'zod';
import type { IpcChannel, IpcOutput, ipcContract } from '../../core';

/** One async handler per channel; the dispatcher validates inputs before calling it. */
export type IpcHandlers = {
  [C in IpcChannel]: (input: z.output<(typeof ipcContract)[C]['input']>) => Promise<IpcOutput<C>>;
};

/** The handlers of one feature's channel group (e.g. `typeof customerChannels`). */
export type FeatureHandlers<Channels> = Pick<IpcHandlers, keyof Channels & IpcChannel>;
