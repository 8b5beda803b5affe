import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { ipcEventNames, type IpcReply, type IpcChannel } from '../src/core';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { ipcAllowlist } from './ipcAllowlist';
import { relayIpc } from './relayIpc';
import { isOwnPage } from './isOwnPage';
import { startBackend, type Backend } from './startBackend';

// Everything the window may do is decided here; the renderer is treated as untrusted.
app.enableSandbox();
// Tests and side-by-side profiles point the app at their own folder (replica, embedded hub, token).
if (process.env['RELAY_USER_DATA_DIR']) app.setPath('userData', process.env['RELAY_USER_DATA_DIR']);
// A second launch just focuses the first window (see 'second-instance'); it must not open the replica twice.
if (!app.requestSingleInstanceLock()) app.exit(0);

// Main is built as ESM (package.json type: module): derive our folder from import.meta.url.
const here = dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const indexFile = join(here, '../renderer/index.html');
const page = { devServerUrl, indexFileUrl: pathToFileURL(indexFile).href };

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;

function lockDownSession(): void {
  const csp = contentSecurityPolicy(Boolean(devServerUrl));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links a customer sent open in the system browser, never inside Relay.
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Relay',
    webPreferences: {
      preload: join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(indexFile);
  return win;
}

function wireIpc(active: Backend): void {
  ipcMain.handle(relayIpc.invoke, async (event, channel: unknown, input: unknown): Promise<IpcReply<IpcChannel>> => {
    const frame = event.senderFrame;
    const ownWindow = mainWindow !== null && event.sender === mainWindow.webContents;
    // Only the top frame of our window, showing our page: never an iframe or a foreign URL.
    if (!frame || !ownWindow || frame !== mainWindow?.webContents.mainFrame || !isOwnPage(frame.url, page)) {
      return { ok: false, error: { code: 'unauthorized', message: 'IPC refused: the request did not come from Relay’s own page.' } };
    }
    if (!ipcAllowlist.isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `"${String(channel)}" is not a Relay channel.` } };
    }
    return active.core.invoke(channel, input);
  });
  for (const name of ipcEventNames) {
    active.core.on(name, (payload) => mainWindow?.webContents.send(relayIpc.event, name, payload));
  }
}

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.whenReady().then(async () => {
  lockDownSession();
  // Packaged: migrations ship as extraResources; unpackaged: the repo's folder next to package.json.
  const migrationsRoot = app.isPackaged ? join(process.resourcesPath, 'migrations') : join(app.getAppPath(), 'migrations');
  backend = await startBackend(app.getPath('userData'), migrationsRoot);
  wireIpc(backend);
  mainWindow = createWindow();
  mainWindow.on('closed', () => (mainWindow = null));
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createWindow();
  });
}).catch((error: unknown) => {
  console.error('Relay failed to start:', error);
  app.exit(1);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

let quitting = false;
app.on('before-quit', (event) => {
  if (quitting || !backend) return;
  // Close the replica and the embedded hub cleanly before the process goes.
  event.preventDefault();
  quitting = true;
  void backend.close().finally(() => app.quit());
});
