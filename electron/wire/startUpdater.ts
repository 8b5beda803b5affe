import { shouldStartUpdater, type UpdaterContext } from '../update/shouldStartUpdater';

/** The part of electron-updater's autoUpdater this uses; injected by tests (electron-updater needs Electron). */
export interface Updater {
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
  checkForUpdatesAndNotify(): Promise<unknown>;
}

// electron-updater is CommonJS: its exports arrive as the default import under ESM.
const loadElectronUpdater = async (): Promise<Updater> => (await import('electron-updater')).default.autoUpdater;

/** Starts electron-updater on the configured feed when the decision says so; loaded lazily so a disabled updater costs nothing. */
export async function startUpdater(ctx: UpdaterContext, log: (message: string) => void, load: () => Promise<Updater> = loadElectronUpdater): Promise<void> {
  const decision = shouldStartUpdater(ctx);
  if (!decision.start) {
    log(`auto-update off: ${decision.reason}`);
    return;
  }
  const updater = await load();
  // The feed is a setting, not baked into the build: a team points its installs at its own server.
  updater.setFeedURL({ provider: 'generic', url: decision.feedUrl });
  updater.on('error', (error: Error) => log(`auto-update failed: ${error.message}`));
  log(`auto-update on: ${decision.feedUrl}`);
  await updater.checkForUpdatesAndNotify();
}
