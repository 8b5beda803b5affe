import { BrowserWindow, screen } from 'electron';
import { restoreBounds, type WindowDefaults } from '../window/restoreBounds';
import { windowStateFile } from '../window/windowStateFile';

const defaults: WindowDefaults = { width: 1280, height: 800, minWidth: 1024, minHeight: 640 };

export interface MainWindowOptions {
  preload: string;
  load(win: BrowserWindow): void;
  stateFile: string;
  log(message: string): void;
}

/** The one Relay window: locked-down web preferences, reopened where the agent left it. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = windowStateFile(options.stateFile, options.log);
  const primary = screen.getPrimaryDisplay();
  const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const restored = restoreBounds(state.load(), displays, defaults);
  const win = new BrowserWindow({
    ...restored.bounds,
    minWidth: defaults.minWidth,
    minHeight: defaults.minHeight,
    show: false,
    title: 'Relay',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => {
    if (restored.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    try {
      const b = win.getNormalBounds();
      state.save({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
    } catch (error) {
      options.log(`could not remember the window position: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  options.load(win);
  return win;
}
