import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { IpcError, RelayBridge } from '../src/core/contract/ipcContract';
import { ipcAllowlist } from './ipcAllowlist';
import { relayIpc } from './relayIpc';

/** The page gets exactly `window.relay.invoke/on` for allowlisted names; no Electron or Node API. */
const bridge: RelayBridge = {
  invoke(channel, input) {
    if (!ipcAllowlist.isChannel(channel)) {
      const error: IpcError = { code: 'unknown_channel', message: `"${String(channel)}" is not a Relay channel.` };
      return Promise.resolve({ ok: false, error });
    }
    return ipcRenderer.invoke(relayIpc.invoke, channel, input);
  },
  on(event, listener) {
    if (!ipcAllowlist.isEvent(event)) return () => undefined;
    const handler = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) (listener as (p: unknown) => void)(payload);
    };
    ipcRenderer.on(relayIpc.event, handler);
    return () => {
      ipcRenderer.removeListener(relayIpc.event, handler);
    };
  },
};

contextBridge.exposeInMainWorld('relay', bridge);
