import { externalUrlToOpen } from './externalUrl';

/** The parts of Electron's `WebContents` the lock-down uses. */
export interface LockableContents {
  on(event: 'will-navigate' | 'will-attach-webview' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * The window never leaves Relay's page and never opens another window. A link to an http(s)
 * page goes to the system browser (after validation); anything else is dropped and logged.
 */
export function lockDownContents(contents: LockableContents, openExternal: (url: string) => void, log: (message: string) => void): void {
  const sendOut = (url: string) => {
    const safe = externalUrlToOpen(url);
    if (safe) openExternal(safe);
    else log(`refused to open ${url.slice(0, 200)}`);
  };
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    sendOut(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    sendOut(url);
    return { action: 'deny' };
  });
}
