import { takeBridgeToken } from './bridgeToken';
import { createHttpBridge } from './createHttpBridge';

/**
 * Makes sure `window.relay` exists. Returns false in a browser opened without the token
 * (the page then explains how to open it properly).
 */
export function installBrowserBridge(): boolean {
  if (window.relay) return true;
  const token = takeBridgeToken({
    location: window.location,
    storage: window.sessionStorage,
    replaceUrl: (url) => window.history.replaceState(null, '', url),
  });
  if (!token) return false;
  window.relay = createHttpBridge({ token, EventSource: window.EventSource });
  return true;
}
