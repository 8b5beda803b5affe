export interface UpdaterContext {
  /** The `autoUpdate` setting (config.json); off unless the user or their admin turned it on. */
  autoUpdate: boolean;
  /** The `updateFeedUrl` setting: where the team publishes installers; no feed, no updates. */
  updateFeedUrl: string | undefined;
  isPackaged: boolean;
  platform: string;
}

/** Only the installers we publish can update themselves (NSIS on Windows, dmg on macOS). */
const updatablePlatforms: ReadonlySet<string> = new Set(['win32', 'darwin']);

/** Whether to start electron-updater (and from which feed), and why not when it stays off (logged at start). */
export function shouldStartUpdater(ctx: UpdaterContext): { start: true; feedUrl: string } | { start: false; reason: string } {
  if (!ctx.autoUpdate) return { start: false, reason: 'the autoUpdate setting is off' };
  if (!ctx.updateFeedUrl) return { start: false, reason: 'no update feed is set (updateFeedUrl in config.json)' };
  if (!ctx.isPackaged) return { start: false, reason: 'this is not a packaged build' };
  if (!updatablePlatforms.has(ctx.platform)) return { start: false, reason: `no installer is published for ${ctx.platform}` };
  return { start: true, feedUrl: ctx.updateFeedUrl };
}
