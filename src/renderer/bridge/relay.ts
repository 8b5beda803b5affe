import type { RelayBridge } from '../../core';

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
