/** Electron entry: a thin shell that wires windows, security, menu and IPC to the plain handler modules. */
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  COMMAND_CHANNEL,
  PROGRESS_CHANNEL,
  REGISTER_DROP_CHANNEL,
  WORK_CONNECT_CHANNEL,
  WORK_PORT_CHANNEL,
  type MenuCommand,
} from '../core/ipc-contract';
import type { Lang } from '../core/types';
import { windowTitle } from '../core/window-title';
import { buildMenuTemplate } from './app-menu';
import { createCloseGuard, type CloseAnswer } from './close-guard';
import { dialogFilters, dialogTexts } from './dialog-texts';
import { createAppHandlers, type AppHandlers } from './handlers/app-handlers';
import { createRecentFiles } from './handlers/recent-files';
import { createDispatch, registerDropSchema, registerIpcHandlers, type Dispatch } from './ipc-dispatch';
import { createWindowRegistry, projectPathsFromArgv } from './open-files';
import { createWorkClient } from './work/client';
import { startUtilityWork, type UtilityWork } from './work/utility-process';
import { WINDOW_OP_TERMS } from './work/window-op-terms';
import type { WindowOps } from './work/window-ops';
import { hardenApp, hardenSession, isAppUrl, secureWebPreferences } from './security';

const indexHtml = () => join(__dirname, '..', 'dist', 'index.html');
/** URL of the renderer page: the only page allowed to load and to call IPC. */
export const appUrl = () => pathToFileURL(indexHtml()).href;

const dispatchers = new Map<number, { dispatch: Dispatch; handlers: AppHandlers; connectWork: () => void }>();
const registry = createWindowRegistry<BrowserWindow>();
let lang: Lang = 'ko';
let quitting = false;
/** Files asked for before the app was ready (macOS open-file, the first launch's argv). */
const pendingAtStart: string[] = [];

async function refreshMenu(): Promise<void> {
  const recent = await createRecentFiles(app.getPath('userData'))
    .list()
    .catch(() => []);
  const send = (command: MenuCommand) => BrowserWindow.getFocusedWindow()?.webContents.send(COMMAND_CHANNEL, command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(lang, send, process.platform === 'darwin', recent)));
}

function askToSave(win: BrowserWindow) {
  return async (l: Lang, title: string): Promise<CloseAnswer> => {
    const t = dialogTexts(l);
    const { response } = await dialog.showMessageBox(win, {
      type: 'warning',
      buttons: [t.save, t.discard, t.cancel],
      defaultId: 0,
      cancelId: 2,
      message: t.unsavedMessage(title),
      detail: t.unsavedDetail,
    });
    return (['save', 'discard', 'cancel'] as CloseAnswer[])[response] ?? 'cancel';
  };
}

/** Offers to reload a window whose renderer crashed; the reloaded page offers the journalled document. */
async function offerReload(win: BrowserWindow): Promise<void> {
  const t = dialogTexts(lang);
  const { response } = await dialog.showMessageBox(win, {
    type: 'error',
    buttons: [t.reload, t.closeWindow],
    defaultId: 0,
    cancelId: 1,
    message: t.crashedMessage,
    detail: t.crashedDetail,
  });
  if (response === 0) win.webContents.reload();
  else win.destroy();
}

/** Focuses the window that has `path` open, if any; true when there is one. */
function focusHolder(path: string, except?: number): boolean {
  const holder = registry.holder(path, except);
  if (!holder) return false;
  if (holder.isMinimized()) holder.restore();
  holder.focus();
  return true;
}

/** Creates a main window with its own handlers and close guard, optionally for a project file. */
export function createMainWindow(openPath: string | null = null): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 920,
    minWidth: 1000,
    minHeight: 640,
    show: false,
    backgroundColor: '#f4f6f9',
    title: 'Analyst Workbook',
    icon: join(app.getAppPath(), 'assets', 'icon.png'),
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  const id = win.webContents.id;
  const send = (command: MenuCommand) => win.webContents.send(COMMAND_CHANNEL, command);
  let pending = openPath;

  const guard = createCloseGuard({ ask: askToSave(win), sendCommand: send, close: () => win.close(), onCancel: () => (quitting = false) });
  win.on('close', (event) => void guard.onClose(event));

  // Each window's heavy work runs in its own utility process, started on first use: a file that
  // exhausts one ends that process with a message, never main or another window.
  const work = createWorkClient<WindowOps, UtilityWork>(startUtilityWork, WINDOW_OP_TERMS);
  // The page's port to its work process (given when preload asks, again after the process ended): workbooks go
  // page ↔ work process, never through main.
  const connectWork = () => win.webContents.postMessage(WORK_PORT_CHANNEL, null, [work.connect().connectPage()]);
  work.onStop(() => !win.isDestroyed() && win.webContents.send(WORK_PORT_CHANNEL, null));
  const handlers = createAppHandlers({
    work,
    samplePath: join(app.getAppPath(), 'samples', 'industrial-innovation-infrastructure.awb'),
    userDataDir: app.getPath('userData'),
    chooseOpenPath: async (kind) => {
      const result = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: dialogFilters(kind, lang) });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseSavePath: async (kind, suggestedName) => {
      const result = await dialog.showSaveDialog(win, { defaultPath: suggestedName, filters: dialogFilters(kind, lang) });
      return result.canceled ? null : (result.filePath ?? null);
    },
    setDocumentState: (state) => {
      guard.setState(state);
      win.setTitle(windowTitle(state));
      win.setDocumentEdited(state.dirty);
      if (state.lang !== lang) {
        lang = state.lang;
        void refreshMenu();
      }
    },
    closeWindow: () => guard.closeNow(),
    renderPdf: async () => Buffer.from(await win.webContents.printToPDF({ landscape: true, pageSize: 'A4', printBackground: true })),
    sendProgress: (fraction) => win.webContents.send(PROGRESS_CHANNEL, fraction),
    isOpenElsewhere: (path) => focusHolder(path, id),
    setWindowPath: (path) => {
      registry.setPath(id, path);
      void refreshMenu();
    },
    takePendingPath: () => {
      const p = pending;
      pending = null;
      return p;
    },
    addRecentDocument: (path) => app.addRecentDocument(path),
    otherJournalIds: () => registry.journalIds(id),
  });
  dispatchers.set(id, { dispatch: createDispatch(handlers), handlers, connectWork });
  registry.add(id, win, handlers.journalId);
  win.on('closed', () => {
    work.close();
    dispatchers.delete(id);
    registry.remove(id);
    // Quitting with several unsaved windows: each one asked in turn, then the quit goes on.
    if (quitting) app.quit();
  });
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') void offerReload(win);
  });

  win.once('ready-to-show', () => win.show());
  void win.loadFile(indexHtml());
  return win;
}

/** Opens project files a launch asked for: focuses a window that has one, else opens it in a new window. */
export function openFiles(paths: readonly string[]): void {
  for (const path of paths) if (!focusHolder(path)) createMainWindow(path);
}

/** Starts the app: single instance, security rules, IPC, first window (for the files it was given). Settles once that window exists. */
export function bootstrap(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return Promise.resolve();
  }
  pendingAtStart.push(...projectPathsFromArgv(process.argv, process.cwd()));
  hardenApp(app, appUrl());
  const trusted = (event: { sender: { id: number }; senderFrame?: { url: string } | null }) =>
    event.senderFrame && isAppUrl(event.senderFrame.url, appUrl());
  registerIpcHandlers(ipcMain, (event) => (trusted(event) ? (dispatchers.get(event.sender.id)?.dispatch ?? null) : null));
  // Preload's drop registration: the page has no ipcRenderer, so only preload reaches this channel.
  ipcMain.handle(REGISTER_DROP_CHANNEL, (event, payload: unknown) => {
    const entry = trusted(event) ? dispatchers.get(event.sender.id) : undefined;
    const parsed = registerDropSchema.safeParse(payload);
    if (!entry || !parsed.success) return { ok: false, error: { code: 'request.invalid' } };
    try {
      return { ok: true, value: entry.handlers.registerDroppedFile(parsed.data.path) };
    } catch {
      return { ok: false, error: { code: 'request.invalid' } };
    }
  });
  // Preload asks for its port to the work process before its first blob (and again after the process ended).
  ipcMain.handle(WORK_CONNECT_CHANNEL, (event) => {
    const entry = trusted(event) ? dispatchers.get(event.sender.id) : undefined;
    entry?.connectWork();
    return entry !== undefined;
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const paths = projectPathsFromArgv(argv, workingDirectory);
    if (paths.length) return openFiles(paths);
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  // macOS: a file opened from Finder, before or after the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) openFiles([path]);
    else pendingAtStart.push(path);
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  return app.whenReady().then(() => {
    hardenSession(session.defaultSession, appUrl());
    void refreshMenu();
    const [first, ...rest] = pendingAtStart.splice(0);
    createMainWindow(first ?? null);
    openFiles(rest);
  });
}

/** The app's start, for the shell tests and the bundle check to wait on. */
export const started = bootstrap();
