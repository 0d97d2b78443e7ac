/** Electron entry: a thin shell that wires windows, security, menu and IPC to the plain handler modules. */
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMMAND_CHANNEL, PROGRESS_CHANNEL, type MenuCommand } from '../core/ipc-contract';
import type { Lang } from '../core/types';
import { buildMenuTemplate } from './app-menu';
import { createCloseGuard, type CloseAnswer } from './close-guard';
import { dialogFilters, dialogTexts } from './dialog-texts';
import { createAppHandlers } from './handlers/app-handlers';
import { createDispatch, registerIpcHandlers, type Dispatch } from './ipc-dispatch';
import { hardenApp, hardenSession, isAppUrl, secureWebPreferences } from './security';

const indexHtml = () => join(__dirname, '..', 'dist', 'index.html');
/** URL of the renderer page: the only page allowed to load and to call IPC. */
export const appUrl = () => pathToFileURL(indexHtml()).href;

const dispatchers = new Map<number, Dispatch>();

function setMenu(lang: Lang, send: (command: MenuCommand) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(lang, send, process.platform === 'darwin')));
}

/** Creates the main window with its own handlers and close guard. */
export function createMainWindow(): BrowserWindow {
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
  const send = (command: MenuCommand) => win.webContents.send(COMMAND_CHANNEL, command);
  let lang: Lang = 'ko';

  const guard = createCloseGuard({
    ask: async (l, title) => {
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
    },
    sendCommand: send,
    close: () => win.close(),
  });
  win.on('close', (event) => guard.onClose(event));

  const handlers = createAppHandlers({
    samplePath: join(app.getAppPath(), 'samples', 'industrial-innovation-infrastructure.awb'),
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
      win.setTitle(`${state.dirty ? '● ' : ''}${state.title} — Analyst Workbook`);
      win.setDocumentEdited(state.dirty);
      if (state.lang !== lang) {
        lang = state.lang;
        setMenu(lang, send);
      }
    },
    closeWindow: () => guard.closeNow(),
    sendImportProgress: (fraction) => win.webContents.send(PROGRESS_CHANNEL, fraction),
  });
  const id = win.webContents.id;
  dispatchers.set(id, createDispatch(handlers));
  win.on('closed', () => dispatchers.delete(id));

  setMenu(lang, send);
  win.once('ready-to-show', () => win.show());
  void win.loadFile(indexHtml());
  return win;
}

/** Starts the app: single instance, security rules, IPC, first window. */
export function bootstrap(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  hardenApp(app, appUrl());
  registerIpcHandlers(ipcMain, (event) =>
    event.senderFrame && isAppUrl(event.senderFrame.url, appUrl()) ? (dispatchers.get(event.sender.id) ?? null) : null,
  );
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    createMainWindow();
  });
}

bootstrap();
