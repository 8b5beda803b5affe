import { ipcChannels, ipcEventNames, type IpcChannel, type IpcEventName } from '../src/core/contract/ipcContract';

const channels: ReadonlySet<string> = new Set(ipcChannels);
const events: ReadonlySet<string> = new Set(ipcEventNames);

/**
 * What the preload lets the page ask for, derived from the contract so a channel added there
 * is allowed here and nothing else ever is. Kept free of Electron so it can be unit-tested.
 */
export const ipcAllowlist = {
  isChannel(value: unknown): value is IpcChannel {
    return typeof value === 'string' && channels.has(value);
  },
  isEvent(value: unknown): value is IpcEventName {
    return typeof value === 'string' && events.has(value);
  },
};
