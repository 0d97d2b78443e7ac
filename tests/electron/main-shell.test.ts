/** The Electron shell, with a mocked `electron`: window security, channels, opening files, quitting, crashes. */
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, COMMAND_CHANNEL, REGISTER_DROP_CHANNEL, WORK_CONNECT_CHANNEL, WORK_PORT_CHANNEL } from '../../core/ipc-contract';
import { blobLink, type FromPage, type ToPage } from '../../core/ipc-wire';
import { threadPort } from '../../electron/work/entry-ports';
import type * as MainModuleNs from '../../electron/main';
import { SAMPLE_PATH } from './helpers';

type MainModule = typeof MainModuleNs;

type Listener = (...args: any[]) => any;

const h = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const handlers = new Map<string, Listener>();
  const windows: any[] = [];
  const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
  let readyResolve!: () => void;
  let isReady = false;
  const ready = new Promise<void>((r) => (readyResolve = r));
  let nextId = 7;
  class BrowserWindow {
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    static getFocusedWindow = () => null;
    options: any;
    destroyed = false;
    listeners = new Map<string, Listener>();
    contentsListeners = new Map<string, Listener>();
    webContents = {
      id: nextId++,
      send: vi.fn(),
      postMessage: vi.fn(),
      reload: vi.fn(),
      on: (e: string, fn: Listener) => this.contentsListeners.set(e, fn),
    };
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
    focus = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => this.destroyed;
    restore = vi.fn();
    destroy = vi.fn(() => (this.destroyed = true));
    close = vi.fn(() => {
      // Electron: 'close' may be prevented; otherwise the window is destroyed and 'closed' follows.
      let prevented = false;
      this.listeners.get('close')?.({ preventDefault: () => (prevented = true) });
      if (!prevented) {
        this.destroyed = true;
        this.listeners.get('closed')?.();
      }
    });
  }
  return {
    appListeners,
    handlers,
    windows,
    session,
    ready,
    BrowserWindow,
    readyResolve: () => {
      isReady = true;
      readyResolve();
    },
    userData: { dir: '' },
    electron: {
      app: {
        requestSingleInstanceLock: () => true,
        quit: vi.fn(),
        on: (event: string, fn: Listener) => appListeners.set(event, fn),
        whenReady: () => ready,
        isReady: () => isReady,
        getAppPath: () => '/app',
        getPath: () => h.userData.dir,
        addRecentDocument: vi.fn(),
      },
      BrowserWindow,
      ipcMain: { handle: (channel: string, fn: Listener) => handlers.set(channel, fn) },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
      session: { defaultSession: session },
    },
  };
});

/**
 * Electron's utilityProcess, played by a worker thread running the same work script (forks are recorded),
 * and its MessageChannelMain by worker_threads' channel (a port posted beside a message travels inside it).
 */
const forks: { modulePath: string; options: { execArgv?: string[] } }[] = [];
vi.mock('electron', async () => {
  const { Worker, MessageChannel } = await import('node:worker_threads');
  const { workScript } = await import('../../electron/work/script');
  const utilityProcess = {
    fork: (modulePath: string, _args: string[], options: { execArgv?: string[] }) => {
      forks.push({ modulePath, options });
      const script = workScript('window');
      const worker = new Worker(script.file, { eval: script.eval });
      worker.unref();
      return {
        postMessage: (message: object, ports?: any[]) =>
          ports?.length ? worker.postMessage({ ...message, port: ports[0] }, ports) : worker.postMessage(message),
        on: (event: string, fn: Listener) =>
          event === 'message' ? worker.on('message', fn) : event === 'exit' ? worker.on('exit', fn) : undefined,
        kill: () => (void worker.terminate(), true),
      };
    },
  };
  return {
    ...h.electron,
    utilityProcess,
    MessageChannelMain: MessageChannel,
    default: { ...h.electron, utilityProcess, MessageChannelMain: MessageChannel },
  };
});

let main: MainModule;
let fromArgv: string;
let dir: string;
const trusted = (win: any) => ({ sender: { id: win.webContents.id }, senderFrame: { url: main.appUrl() } });
const call = (win: any, channel: string, payload?: unknown) => h.handlers.get(channel)!(trusted(win), payload);
const live = () => h.windows.filter((w) => !w.destroyed);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aw-shell-'));
  h.userData.dir = join(dir, 'user');
  fromArgv = join(dir, '명령줄.awb');
  await copyFile(SAMPLE_PATH, fromArgv);
  // Launched as the OS does for a file association: the executable, then the file.
  const argv = process.argv;
  process.argv = ['/opt/Analyst Workbook/analyst-workbook', '--no-sandbox', fromArgv];
  main = await import('../../electron/main');
  process.argv = argv;
  // macOS asks to open a file before the app is ready: it is kept for then.
  const early = join(dir, 'finder.awb');
  await copyFile(SAMPLE_PATH, early);
  const preventDefault = vi.fn();
  h.appListeners.get('open-file')!({ preventDefault }, early);
  expect(preventDefault).toHaveBeenCalled();
  h.readyResolve();
  await main.started;
});

describe('electron shell', () => {
  it('creates windows that are isolated, sandboxed and without Node', () => {
    const prefs = h.windows[0].options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
    expect(prefs.preload).toMatch(/preload\.cjs$/);
    expect(h.windows[0].loadFile).toHaveBeenCalledWith(expect.stringMatching(/dist[\\/]index\.html$/));
  });

  it('registers a handler for every channel of the contract, plus preload’s drop registration', () => {
    expect([...h.handlers.keys()].sort()).toEqual([...CHANNELS, REGISTER_DROP_CHANNEL, WORK_CONNECT_CHANNEL].sort());
  });

  it('opens the file from the command line in the first window and the one macOS sent before ready in a second', async () => {
    expect(live()).toHaveLength(2);
    expect(await call(h.windows[0], 'startup')).toMatchObject({ ok: true, value: { open: { fileName: '명령줄.awb' } } });
    expect(await call(h.windows[1], 'startup')).toMatchObject({ ok: true, value: { open: { fileName: 'finder.awb' } } });
    expect(h.electron.app.addRecentDocument).toHaveBeenCalledWith(fromArgv);
  });

  it('a second launch with a file opens it in a new window, or focuses the window that already has it', async () => {
    const other = join(dir, '다른.awb');
    await copyFile(SAMPLE_PATH, other);
    h.appListeners.get('second-instance')!({}, ['/opt/aw', other], dir);
    expect(live()).toHaveLength(3);
    expect(await call(h.windows[2], 'startup')).toMatchObject({ value: { open: { fileName: '다른.awb' } } });
    h.appListeners.get('second-instance')!({}, ['/opt/aw', './명령줄.awb'], dir);
    expect(live()).toHaveLength(3);
    expect(h.windows[0].focus).toHaveBeenCalled();
    // macOS open-file after ready behaves the same way.
    h.appListeners.get('open-file')!({ preventDefault: vi.fn() }, other);
    expect(live()).toHaveLength(3);
    expect(h.windows[2].focus).toHaveBeenCalled();
  });

  it('two windows never hold the same file: opening it in another window is refused and focuses the holder', async () => {
    h.electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [fromArgv] });
    expect(await call(h.windows[1], 'openProject')).toMatchObject({ ok: false, error: { code: 'file.openElsewhere' } });
    expect(h.windows[0].focus).toHaveBeenCalled();
  });

  it('answers IPC only from the app page, validating payloads; preload’s drop channel refuses page-made input', async () => {
    const handler = h.handlers.get('saveProject')!;
    const win = h.windows[0];
    expect(await handler({ sender: { id: win.webContents.id }, senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({
      ok: false,
      error: { detail: 'untrusted sender' },
    });
    expect(await handler(trusted(win), { workbook: 'nope', saveAs: false })).toMatchObject({
      ok: false,
      error: { code: 'request.invalid' },
    });
    // Preload asks for its port to the work process; main hands the window one end and the work process the other.
    expect(await h.handlers.get(WORK_CONNECT_CHANNEL)!(trusted(win))).toBe(true);
    const [channel, , ports] = win.webContents.postMessage.mock.lastCall!;
    expect(channel).toBe(WORK_PORT_CHANNEL);
    const link = blobLink(threadPort<ToPage, FromPage>(ports[0]));
    // A workbook is text in the work process until an operation parses it, and there it is validated before anything is written.
    const ref = await link.put('{"title":1}');
    const before = await readFile(fromArgv, 'utf8');
    expect(await handler(trusted(win), { workbook: ref, title: 'x', saveAs: false })).toMatchObject({
      ok: false,
      error: { code: 'project.invalid' },
    });
    expect(await readFile(fromArgv, 'utf8')).toBe(before);
    // The work ran in a utility process forked from main's bundle folder, with a heap ceiling.
    expect(forks[0]!.modulePath).toMatch(/work\.cjs$/);
    expect(forks[0]!.options.execArgv).toEqual([expect.stringMatching(/^--max-old-space-size=\d+$/)]);
    await call(win, 'setDocumentState', { title: '예산.awb', dirty: true, lang: 'ko' });
    expect(win.setTitle).toHaveBeenCalledWith('● 예산.awb — Analyst Workbook');
    expect(win.setDocumentEdited).toHaveBeenCalledWith(true);
    const drop = h.handlers.get(REGISTER_DROP_CHANNEL)!;
    expect(await drop(trusted(win), { path: 'relative.csv' })).toMatchObject({ ok: false });
    expect(
      await drop({ sender: { id: win.webContents.id }, senderFrame: { url: 'https://evil.example/' } }, { path: '/etc/passwd' }),
    ).toMatchObject({ ok: false });
    expect(await drop(trusted(win), { path: '/data/list.csv' })).toMatchObject({ ok: true, value: expect.any(String) });
  });

  it('denies window.open, navigation away, webviews and permission requests', () => {
    const contentsListeners = new Map<string, Listener>();
    let openHandler: Listener = () => ({});
    const contents = {
      setWindowOpenHandler: (fn: Listener) => (openHandler = fn),
      on: (e: string, fn: Listener) => contentsListeners.set(e, fn),
    };
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
    request({}, 'media', callback, { requestingUrl: main.appUrl() });
    expect(callback).toHaveBeenLastCalledWith(false);
    // The clipboard (the grids' own menu), to the app's page only.
    request({}, 'clipboard-read', callback, { requestingUrl: main.appUrl() });
    expect(callback).toHaveBeenLastCalledWith(true);
    request({}, 'clipboard-read', callback, { requestingUrl: 'https://example.com/' });
    expect(callback).toHaveBeenLastCalledWith(false);
    const check = h.session.setPermissionCheckHandler.mock.calls[0]![0] as Listener;
    expect(check({}, 'geolocation', 'file:///', { requestingUrl: main.appUrl() })).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'file:///', { requestingUrl: main.appUrl() })).toBe(true);
  });

  it('a crashed renderer is offered a reload (which recovers the journalled state)', async () => {
    const win = h.windows[2];
    h.electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    win.contentsListeners.get('render-process-gone')!({}, { reason: 'crashed' });
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalled());
    expect(h.electron.dialog.showMessageBox.mock.lastCall![1]).toMatchObject({ buttons: ['다시 불러오기', '창 닫기'] });
  });

  it('asks before closing with unsaved changes: 저장 / 저장 안 함 / 취소; saving closes after the save', async () => {
    const win = h.windows[0];
    await call(win, 'setDocumentState', { title: 'a.awb', dirty: true, lang: 'ko' });
    h.electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    win.close();
    expect(win.destroyed).toBe(false);
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalledWith(COMMAND_CHANNEL, 'saveAndClose'));
    expect(h.electron.dialog.showMessageBox.mock.lastCall![1]).toMatchObject({ buttons: ['저장', '저장 안 함', '취소'] });
    // The renderer saved; it asks main to close.
    await call(win, 'closeWindow');
    expect(win.destroyed).toBe(true);
  });

  it('quitting with several unsaved windows asks for each in turn; cancelling stops the quit', async () => {
    const [a, b] = live();
    for (const w of [a, b]) await call(w, 'setDocumentState', { title: 'x', dirty: true, lang: 'en' });
    const asked = h.electron.dialog.showMessageBox.mock.calls.length;
    h.electron.app.quit.mockClear();
    // Electron's quit: before-quit, then a close per window.
    h.appListeners.get('before-quit')!();
    h.electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    a.close();
    await vi.waitFor(() => expect(a.destroyed).toBe(true));
    // The first window is gone and the quit goes on (app.quit again), reaching the next window.
    expect(h.electron.app.quit).toHaveBeenCalledTimes(1);
    h.electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 2 });
    b.close();
    await vi.waitFor(() => expect(h.electron.dialog.showMessageBox.mock.calls.length).toBe(asked + 2));
    expect(b.destroyed).toBe(false);
    expect(h.electron.dialog.showMessageBox.mock.lastCall![1]).toMatchObject({ buttons: ['Save', 'Don’t save', 'Cancel'] });
  });
});
