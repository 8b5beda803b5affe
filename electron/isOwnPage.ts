/**
 * True when `frameUrl` is our renderer: the dev server's origin in development, the packaged
 * index.html otherwise. Main refuses IPC from any other frame (an injected iframe, a page the
 * window was somehow navigated to).
 */
export function isOwnPage(frameUrl: string, page: { devServerUrl?: string; indexFileUrl: string }): boolean {
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  if (page.devServerUrl) return url.origin === new URL(page.devServerUrl).origin;
  const index = new URL(page.indexFileUrl);
  return url.protocol === 'file:' && url.pathname === index.pathname;
}
