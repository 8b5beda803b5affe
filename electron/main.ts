import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, ipcMain, safeStorage, session, shell, type BrowserWindow } from 'electron';
import { ipcEventNames, type IpcChannel, type IpcReply, type OpenTarget } from '../src/core';
import { electronAddonDir, electronAddonDirEnv } from '../src/desktop/db/nativeBindingFor';
import { appConfig } from './appConfig';
import { AttentionWatcher } from './attention/AttentionWatcher';
import { ownActionOf } from './attention/ownActionOf';
import { seenFile } from './attention/seenFile';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { OpenRouter } from './deepLink/OpenRouter';
import { deepLinkFromArgv, deepLinkScheme, parseDeepLink } from './deepLink/parseDeepLink';
import { protocolRegistration } from './deepLink/protocolRegistration';
import { ipcAllowlist } from './ipcAllowlist';
import { relayIpc } from './relayIpc';
import { safeStorageTokenStore } from './safeStorageTokenStore';
import { isTrustedSender } from './security/isTrustedSender';
import { lockDownContents } from './security/lockDownContents';
import { lockDownSession } from './security/lockDownSession';
import { createShellIpc } from './shellIpc';
import { startBackend, type Backend } from './startBackend';
import { tokenStorageOf } from './tokens/tokenStorageOf';
import { createMainWindow } from './wire/createMainWindow';
import { createTray } from './wire/createTray';
import { showOsNotification } from './wire/showOsNotification';
import { showUnreadBadge } from './wire/showUnreadBadge';
import { startUpdater } from './wire/startUpdater';
import { watchReconnectTriggers } from './wire/watchReconnectTriggers';

// Wiring only: every decision lives in an Electron-free module next to this file (unit-tested).
const log = (message: string) => console.warn(`[relay shell] ${message}`);

app.enableSandbox();
// Tests and side-by-side profiles point the app at their own folder (replica, embedded hub, token).
if (process.env['RELAY_USER_DATA_DIR']) app.setPath('userData', process.env['RELAY_USER_DATA_DIR']);
// A second launch hands its deep link to the first (see 'second-instance') and exits.
if (!app.requestSingleInstanceLock()) app.exit(0);
const registration = protocolRegistration({
  isPackaged: app.isPackaged,
  env: process.env,
  execPath: process.execPath,
  mainScript: process.argv[1] ? resolve(process.argv[1]) : undefined,
});
if (registration && 'execPath' in registration) app.setAsDefaultProtocolClient(deepLinkScheme, registration.execPath, registration.args);
else if (registration) app.setAsDefaultProtocolClient(deepLinkScheme);

// Main is built as ESM (package.json type: module): derive our folder from import.meta.url.
const here = dirname(fileURLToPath(import.meta.url));
// Unpackaged (<repo>/out/main), node_modules' better-sqlite3 is built for the system Node: load the one `npm start` built.
if (!app.isPackaged) process.env[electronAddonDirEnv] ??= join(here, '..', '..', ...electronAddonDir);
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const indexFile = join(here, '../renderer/index.html');
const page = { devServerUrl, indexFileUrl: pathToFileURL(indexFile).href };

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;
let watcher: AttentionWatcher | null = null;
let tray: ReturnType<typeof createTray> | null = null;
let reconnectTriggers: ReturnType<typeof watchReconnectTriggers> | null = null;

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

const router = new OpenRouter({
  focusWindow,
  announce: (target: OpenTarget) => mainWindow?.webContents.send(relayIpc.event, 'app.open', target),
});

// macOS delivers links by event (also at launch, before 'ready'); Windows/Linux by argv.
app.on('open-url', (event, url) => {
  event.preventDefault();
  router.open(parseDeepLink(url, log));
});
app.on('second-instance', (_event, argv) => {
  focusWindow();
  router.open(deepLinkFromArgv(argv, log));
});

app.on('web-contents-created', (_event, contents) => {
  lockDownContents(contents, (url) => void shell.openExternal(url), log);
});

function wireIpc(active: Backend): void {
  const tokenStorage = tokenStorageOf(safeStorage, process.platform);
  const shellIpc = createShellIpc({ info: () => ({ desktopShell: true, tokenStorage }), takePendingOpen: () => router.take() });
  ipcMain.handle(relayIpc.invoke, async (event, channel: unknown, input: unknown): Promise<IpcReply<IpcChannel>> => {
    const frame = event.senderFrame;
    const trusted = isTrustedSender(
      {
        fromMainWindow: mainWindow !== null && event.sender === mainWindow.webContents,
        fromTopFrame: frame !== null && frame === mainWindow?.webContents.mainFrame,
        frameUrl: frame?.url ?? null,
      },
      page,
    );
    if (!trusted) return { ok: false, error: { code: 'unauthorized', message: 'IPC refused: the request did not come from Relay’s own page.' } };
    if (!ipcAllowlist.isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `"${String(channel)}" is not a Relay channel.` } };
    }
    const own = shellIpc.answer(channel, input);
    if (own) return own;
    // The core validates the input with the contract's zod schema before any handler runs.
    const reply = await active.core.invoke(channel, input);
    if (reply.ok) {
      const action = ownActionOf(channel, input, watcher?.agent() ?? null);
      if (action?.kind === 'viewed') watcher?.viewed(action.ticketId);
      if (action?.kind === 'assigned_self') watcher?.assignedByMe(action.ticketId);
    }
    return reply;
  });
  for (const name of ipcEventNames) {
    active.core.on(name, (payload) => mainWindow?.webContents.send(relayIpc.event, name, payload));
  }
}

function openWindow(): BrowserWindow {
  const win = createMainWindow({
    preload: join(here, '../preload/preload.cjs'),
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    log,
    load: (w) => void (devServerUrl ? w.loadURL(devServerUrl) : w.loadFile(indexFile)),
  });
  win.on('closed', () => (mainWindow = null));
  return win;
}

app.whenReady().then(async () => {
  lockDownSession(session.defaultSession, contentSecurityPolicy(Boolean(devServerUrl)), log);
  const userData = app.getPath('userData');
  const config = appConfig(userData, process.env, log);
  // Packaged: migrations ship as extraResources; unpackaged: the repo's folder next to package.json.
  const migrationsRoot = app.isPackaged ? join(process.resourcesPath, 'migrations') : join(app.getAppPath(), 'migrations');
  backend = await startBackend({
    userData,
    migrationsRoot,
    hubUrl: config.hubUrl,
    tokenStore: safeStorageTokenStore(join(userData, 'session-token.bin'), safeStorage),
    safeStorage,
  });
  wireIpc(backend);
  reconnectTriggers = watchReconnectTriggers(backend.core, log);
  mainWindow = openWindow();
  // The count goes on the dock (macOS) or taskbar; the tray (menu bar on macOS) reopens a closed window.
  tray = createTray({
    open: () => {
      if (!mainWindow) mainWindow = openWindow();
      focusWindow();
    },
    quit: () => app.quit(),
  });
  watcher = new AttentionWatcher({
    core: backend.core,
    seen: seenFile(join(userData, 'seen-tickets.json'), log),
    notify: (note) => showOsNotification(note, () => router.open(note.target)),
    setUnread: (count) => {
      showUnreadBadge(count, mainWindow);
      tray?.setUnread(count);
    },
    now: Date.now,
    log,
  });
  watcher.start();
  // Windows/Linux: a link that launched the app arrives in our own argv.
  router.open(deepLinkFromArgv(process.argv, log));
  app.on('activate', () => {
    if (!mainWindow) mainWindow = openWindow();
  });
  void startUpdater({ autoUpdate: config.autoUpdate, updateFeedUrl: config.updateFeedUrl, isPackaged: app.isPackaged, platform: process.platform }, log).catch((error: unknown) =>
    log(`auto-update failed: ${error instanceof Error ? error.message : String(error)}`),
  );
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
  watcher?.stop();
  reconnectTriggers?.stop();
  tray?.destroy();
  void backend.close().finally(() => app.quit());
});
