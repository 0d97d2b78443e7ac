/** The Electron shell, with a mocked `electron`: window security, channel registration, navigation rules. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, COMMAND_CHANNEL } from '../../core/ipc-contract';

type Listener = (...args: any[]) => any;

const h = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const handlers = new Map<string, Listener>();
  const windows: any[] = [];
  const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
  let readyResolve!: () => void;
  const ready = new Promise<void>((r) => (readyResolve = r));
  class BrowserWindow {
    static getAllWindows = () => windows;
    options: any;
    listeners = new Map<string, Listener>();
    webContents = { id: 7, send: vi.fn() };
    constructor(options: any) {
      this.options = options;
      windows.push(this);
    }
    on(event: string, fn: Listener) {
      this.listeners.set(event, fn);
      return this;
    }
    once(event: string, fn: Listener) {
      return this.on(event, fn);
    }
    loadFile = vi.fn(async () => undefined);
    setTitle = vi.fn();
    setDocumentEdited = vi.fn();
    show = vi.fn();
    close = vi.fn();
  }
  return {
    appListeners, handlers, windows, session, ready, readyResolve: () => readyResolve(), BrowserWindow,
    electron: {
      app: {
        requestSingleInstanceLock: () => true,
        quit: vi.fn(),
        on: (event: string, fn: Listener) => appListeners.set(event, fn),
        whenReady: () => ready,
        getAppPath: () => '/app',
      },
      BrowserWindow,
      ipcMain: { handle: (channel: string, fn: Listener) => handlers.set(channel, fn) },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
      session: { defaultSession: session },
    },
  };
});

vi.mock('electron', () => ({ ...h.electron, default: h.electron }));

let main: typeof import('../../electron/main');

beforeAll(async () => {
  main = await import('../../electron/main');
  h.readyResolve();
  await h.ready;
  await new Promise((r) => setTimeout(r, 0));
});

describe('electron shell', () => {
  it('creates one window that is isolated, sandboxed and without Node', () => {
    expect(h.windows).toHaveLength(1);
    const prefs = h.windows[0].options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
    expect(prefs.preload).toMatch(/preload\.cjs$/);
    expect(h.windows[0].loadFile).toHaveBeenCalledWith(expect.stringMatching(/dist[\\/]index\.html$/));
  });

  it('registers a handler for every channel of the contract', () => {
    expect([...h.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers IPC only from the app page, validating payloads', async () => {
    const handler = h.handlers.get('saveProject')!;
    const trusted = { sender: { id: 7 }, senderFrame: { url: main.appUrl() } };
    expect(await handler({ sender: { id: 7 }, senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false, error: { detail: 'untrusted sender' } });
    expect(await handler(trusted, { workbook: 'nope', saveAs: false })).toMatchObject({ ok: false, error: { code: 'request.invalid' } });
    await h.handlers.get('setDocumentState')!(trusted, { title: '예산.awb', dirty: true, lang: 'ko' });
    expect(h.windows[0].setTitle).toHaveBeenCalledWith('● 예산.awb — Analyst Workbook');
    expect(h.windows[0].setDocumentEdited).toHaveBeenCalledWith(true);
  });

  it('denies window.open, navigation away, webviews and permission requests', () => {
    const contentsListeners = new Map<string, Listener>();
    let openHandler: Listener = () => ({});
    const contents = { setWindowOpenHandler: (fn: Listener) => (openHandler = fn), on: (e: string, fn: Listener) => contentsListeners.set(e, fn) };
    h.appListeners.get('web-contents-created')!({}, contents);
    expect(openHandler({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    const nav = { preventDefault: vi.fn() };
    contentsListeners.get('will-navigate')!(nav, 'https://example.org/');
    expect(nav.preventDefault).toHaveBeenCalled();
    const self = { preventDefault: vi.fn() };
    contentsListeners.get('will-navigate')!(self, `${main.appUrl()}#x`);
    expect(self.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contentsListeners.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    const request = h.session.setPermissionRequestHandler.mock.calls[0]![0] as Listener;
    const callback = vi.fn();
    request({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((h.session.setPermissionCheckHandler.mock.calls[0]![0] as Listener)()).toBe(false);
  });

  it('asks before closing with unsaved changes and sends save-and-close when asked to save', async () => {
    const win = h.windows[0];
    const trusted = { sender: { id: 7 }, senderFrame: { url: main.appUrl() } };
    await h.handlers.get('setDocumentState')!(trusted, { title: 'a.awb', dirty: true, lang: 'ko' });
    h.electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    const event = { preventDefault: vi.fn() };
    win.listeners.get('close')(event);
    expect(event.preventDefault).toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 0));
    expect(h.electron.dialog.showMessageBox.mock.calls[0]![1]).toMatchObject({ buttons: ['저장', '저장 안 함', '취소'] });
    expect(win.webContents.send).toHaveBeenCalledWith(COMMAND_CHANNEL, 'saveAndClose');
    expect(win.close).not.toHaveBeenCalled();
  });
});
