import { shouldStartUpdater, type UpdaterContext } from '../update/shouldStartUpdater';

/** Starts electron-updater when the decision says so; loaded lazily so a disabled updater costs nothing. */
export async function startUpdater(ctx: UpdaterContext, log: (message: string) => void): Promise<void> {
  const decision = shouldStartUpdater(ctx);
  if (!decision.start) {
    log(`auto-update off: ${decision.reason}`);
    return;
  }
  // electron-updater is CommonJS: its exports arrive as the default import under ESM.
  const { default: updater } = await import('electron-updater');
  updater.autoUpdater.on('error', (error: Error) => log(`auto-update failed: ${error.message}`));
  await updater.autoUpdater.checkForUpdatesAndNotify();
}
