import { Menu, Tray, nativeImage } from 'electron';
import { trayIconDataUrl } from '../badge/trayIcon';
import { trayTooltip } from '../badge/trayTooltip';

/** Windows/Linux tray icon: shows my unread count on hover, opens the window on click. */
export function createTray(actions: { open(): void; quit(): void }): { setUnread(count: number): void; destroy(): void } {
  const tray = new Tray(nativeImage.createFromDataURL(trayIconDataUrl));
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
