import { Menu, Tray, app, nativeImage } from 'electron';
import { trayIconFile } from '../badge/trayIcon';
import { trayTooltip } from '../badge/trayTooltip';

/** Tray (menu bar on macOS) icon: shows my unread count on hover, opens the window on click. */
export function createTray(actions: { open(): void; quit(): void }): { setUnread(count: number): void; destroy(): void } {
  const file = trayIconFile({ platform: process.platform, isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
  const tray = new Tray(nativeImage.createFromPath(file));
  tray.setToolTip(trayTooltip(0));
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Relay', click: actions.open },
      { type: 'separator' },
      { label: 'Quit Relay', click: actions.quit },
    ]),
  );
  tray.on('click', actions.open);
  return {
    setUnread: (count) => tray.setToolTip(trayTooltip(count)),
    destroy: () => tray.destroy(),
  };
}
