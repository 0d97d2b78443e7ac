/**
 * End-to-end harness: the built renderer in real Chromium, with window.workbook wired to the same
 * handlers and dispatcher main uses. Native dialogs are replaced by queues the test fills.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { tempDir } from '../electron/helpers';
import { CHANNELS, type DocumentState, type MenuCommand } from '../../core/ipc-contract';
import { createAppHandlers } from '../../electron/handlers/app-handlers';
import { createDispatch } from '../../electron/ipc-dispatch';
import { startThreadWork } from '../../electron/work/thread-process';
import { createWorkClient } from '../../electron/work/client';
import { WINDOW_OP_TERMS } from '../../electron/work/window-op-terms';
import type { WindowOps } from '../../electron/work/window-ops';
import { bridgeOf, pageLink } from '../electron/helpers';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../samples/industrial-innovation-infrastructure.awb', import.meta.url));
/** The built work-process script (`npm run build`): the harness runs what the app ships, as the renderer is. */
const WORK_BUNDLE = fileURLToPath(new URL('../../dist-electron/work.cjs', import.meta.url));
/** How long a wait may take before the test calls it a hang (not a timing bound: tests never assert on time; AW_HANG_MS shortens it while debugging). */
export const HANG_MS = Number(process.env.AW_HANG_MS ?? 120_000);
/** Origin the built renderer is served from (intercepted: no server, no network). */
const APP_ORIGIN = 'http://workbook.local';

/** Whether e2e can run here; on CI a missing Chromium or build is a failure, elsewhere a clear skip. */
export function e2eAvailability(): { run: boolean; reason?: string } {
  const missing = !existsSync(CHROMIUM)
    ? `Chromium not found at ${CHROMIUM} (apt-get install chromium)`
    : !existsSync(join(DIST, 'index.html')) || !existsSync(WORK_BUNDLE)
      ? 'app not built (npm run build)'
      : null;
  if (!missing) return { run: true };
  if (process.env.CI === 'true') throw new Error(`e2e cannot run on CI: ${missing}`);
  console.warn(`\n[e2e] SKIPPED: ${missing}\n`);
  return { run: false, reason: missing };
}

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A running app page with its fake dialogs. */
export interface AppSession {
  page: Page;
  /** Paths the next open/save dialogs "choose" (null = the user cancels). */
  openPaths: (string | null)[];
  savePaths: (string | null)[];
  documentStates: DocumentState[];
  errors: string[];
  /** Paths of files "dropped" on the window, by file name (stands in for preload's webUtils). */
  droppedPaths: Record<string, string>;
  /** The user-data folder of this session (recovery journals, recent files). */
  userDataDir: string;
  handlers: ReturnType<typeof createAppHandlers>;
  sendCommand: (command: MenuCommand) => Promise<void>;
  close: () => Promise<void>;
}

let browser: Browser | null = null;

/** Launches (once) Chromium and opens the app in a fresh page, with its own user-data folder. */
export async function openApp(
  options: {
    lang?: 'ko' | 'en';
    viewport?: { width: number; height: number };
    userDataDir?: string;
    pendingPath?: string;
    colorScheme?: 'light' | 'dark';
    waitFor?: 'grid' | 'start';
  } = {},
): Promise<AppSession> {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      // Electron's file:// page is a secure context; the harness's http origin must be one too for navigator.clipboard.
      `--unsafely-treat-insecure-origin-as-secure=${APP_ORIGIN}`,
    ],
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 920 },
    deviceScaleFactor: 1,
    locale: 'ko-KR',
    colorScheme: options.colorScheme ?? 'light',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'aw-e2e-user-')));
  let pending = options.pendingPath ?? null;
  const session: Omit<AppSession, 'page' | 'sendCommand' | 'close' | 'userDataDir' | 'handlers'> = {
    openPaths: [],
    savePaths: [],
    documentStates: [],
    errors: [],
    droppedPaths: {},
  };
  let pageRef: Page | null = null;
  // The window's work process, as in the app (there a utility process, here a worker thread running the same script).
  const work = createWorkClient<WindowOps, ReturnType<typeof startThreadWork>>(
    () => startThreadWork({ script: { file: WORK_BUNDLE, eval: false } }),
    WINDOW_OP_TERMS,
  );
  // The page's own port to its work process, as preload holds it: blobs never pass through the dispatcher.
  const link = pageLink(work);
  const handlers = createAppHandlers({
    work,
    samplePath: SAMPLE,
    userDataDir,
    takePendingPath: () => {
      const p = pending;
      pending = null;
      return p;
    },
    chooseOpenPath: async () => session.openPaths.shift() ?? null,
    chooseSavePath: async () => session.savePaths.shift() ?? null,
    setDocumentState: (state) => session.documentStates.push(state),
    closeWindow: () => undefined,
    // Chromium's own print-to-PDF (what Electron's webContents.printToPDF is).
    renderPdf: async () => pageRef!.pdf({ landscape: true, format: 'A4', printBackground: true }),
    sendProgress: (fraction) =>
      void pageRef
        ?.evaluate((f) => (window as unknown as { __emitProgress: (f: number) => void }).__emitProgress(f), fraction)
        .catch(() => undefined),
  });
  const dispatch = createDispatch(handlers, (e) => session.errors.push(String(e)));

  // Serve dist/ for the app origin; refuse everything else (the app must not use the network).
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) {
      session.errors.push(`network request refused: ${url.href}`);
      return route.abort();
    }
    const file = normalize(join(DIST, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!file.startsWith(DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      body: await readFile(file),
      headers: { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' },
    });
  });
  await context.exposeFunction('__workbookInvoke', (channel: unknown, payload: unknown) => dispatch(channel, payload));
  const blobs = bridgeOf(dispatch, link);
  await context.exposeFunction('__putBlob', (text: string) => blobs.putBlob(text));
  await context.exposeFunction('__takeBlob', (ref: string) => blobs.takeBlob(ref));
  // Stands in for preload: a dropped file's path (known here by its name) is registered with main for a one-use token.
  await context.exposeFunction('__registerDrop', (name: string) => {
    const path = session.droppedPaths[name];
    if (!path) return { ok: false, error: { code: 'request.invalid', detail: 'not a dropped file' } };
    return { ok: true, value: handlers.registerDroppedFile(path) };
  });
  // Transpilers that keep function names (tsx) wrap functions in __name(); the page needs it to run the script below.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  // The same shape preload exposes: one method per channel, plus onCommand.
  await context.addInitScript(
    ({ channels, lang }) => {
      if (lang) localStorage.setItem('analyst-workbook.lang', lang);
      const listeners = new Set<(c: string) => void>();
      const invoke = (window as unknown as { __workbookInvoke: (c: string, p: unknown) => Promise<unknown> }).__workbookInvoke;
      const api: Record<string, unknown> = Object.fromEntries(channels.map((c) => [c, (payload?: unknown) => invoke(c, payload)]));
      api.onCommand = (fn: (c: string) => void) => {
        listeners.add(fn);
        return () => listeners.delete(fn);
      };
      const progress = new Set<(f: number) => void>();
      api.onWorkProgress = (fn: (f: number) => void) => {
        progress.add(fn);
        return () => progress.delete(fn);
      };
      Object.defineProperty(window, '__emitProgress', { value: (f: number) => progress.forEach((fn) => fn(f)) });
      const registerDrop = (window as unknown as { __registerDrop: (n: string) => Promise<unknown> }).__registerDrop;
      api.registerDrop = (file: File) => registerDrop(file.name);
      const host = window as unknown as { __putBlob: (t: string) => Promise<unknown>; __takeBlob: (r: string) => Promise<unknown> };
      api.putBlob = (text: string) => host.__putBlob(text);
      api.takeBlob = (ref: string) => host.__takeBlob(ref);
      Object.defineProperty(window, 'workbook', { value: Object.freeze(api) });
      Object.defineProperty(window, '__sendCommand', { value: (c: string) => listeners.forEach((fn) => fn(c)) });
    },
    { channels: [...CHANNELS], lang: options.lang ?? null },
  );

  const page = await context.newPage();
  pageRef = page;
  // A deadline only a hang reaches: every wait is on an event (an element, a text, a file), and a busy
  // machine may take many seconds to reach it (a 100,000-row import, Chromium sharing two cores with vitest).
  page.setDefaultTimeout(HANG_MS);
  if (process.env.AW_E2E_DEBUG) page.on('console', (m) => console.log('[page]', m.type(), m.text()));
  if (process.env.AW_E2E_DEBUG) page.on('pageerror', (e) => console.log('[pageerror]', e.message));
  page.on('pageerror', (e) => session.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') session.errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${APP_ORIGIN}/index.html`);
  if ((options.waitFor ?? 'grid') === 'grid') await page.getByTestId('budget-grid').locator('.ag-row').first().waitFor();
  else await page.getByTestId('start-screen').waitFor();
  await page.evaluate(() => document.fonts.ready);
  return {
    ...session,
    userDataDir,
    handlers,
    page,
    sendCommand: (command) => page.evaluate((c) => (window as unknown as { __sendCommand: (c: string) => void }).__sendCommand(c), command),
    close: async () => {
      work.close();
      await context.close();
    },
  };
}

/** Closes the shared browser. */
export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

/** Text of a cell of a grid by row id and column id. */
/** A grid of the app by its test id. */
export type GridId = 'budget-grid' | 'center-grid' | 'series-table' | 'comparison-grid' | 'sensitivity-grid';

export function cell(page: Page, grid: GridId, rowId: string, colId: string) {
  return page.getByTestId(grid).locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
}

/** Exports the briefing from the toolbar to `path` (the save dialog's answer), waits for its notice and reads it back. */
export async function exportBriefing(app: AppSession, path: string): Promise<ExcelJS.Workbook> {
  app.savePaths.push(path);
  await app.page.getByTestId('export-button').click();
  const name = path.split(/[\\/]/).pop()!;
  await expect.poll(() => app.page.getByTestId('notice-info').last().textContent()).toContain(name);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** The cell editor of a grid, while it is open. */
export function editorOf(page: Page, grid: GridId) {
  return page.locator(`[data-testid="${grid}-editor"].open`);
}

/** Edits a grid cell the way a user does: double-click, select all, type, Enter. */
export async function editCell(page: Page, grid: GridId, rowId: string, colId: string, text: string): Promise<void> {
  const target = cell(page, grid, rowId, colId);
  await target.dblclick();
  const input = editorOf(page, grid);
  await input.waitFor();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(text);
  await input.press('Enter');
}

/**
 * Time from the Enter that commits an edit (its keydown's own timestamp) to the end of the chart's next
 * draw, in milliseconds, as the user perceives it. Typing before the Enter is not counted: the chart
 * changes only when the edit is committed.
 */
export async function timeToRedraw(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __t0?: number };
    w.__t0 = undefined;
    performance.clearMarks('chart-drawn');
    const start = (e: KeyboardEvent) => {
      if (e.key !== 'Enter') return;
      // The event's own timestamp (when the browser received the key), so time spent queued behind other work counts.
      w.__t0 ??= e.timeStamp;
      document.removeEventListener('keydown', start, { capture: true });
    };
    document.addEventListener('keydown', start, { capture: true });
  });
  await act();
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const w = window as unknown as { __t0?: number };
        const deadline = performance.now() + 60_000;
        const check = () => {
          const mark = performance.getEntriesByName('chart-drawn').find((m) => w.__t0 !== undefined && m.startTime >= w.__t0);
          if (mark) resolve(mark.startTime - w.__t0!);
          else if (performance.now() > deadline) reject(new Error('no redraw after the action'));
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/**
 * The page's floor for the same measure: a key that changes nothing (Shift, with focus on the page), from
 * its own timestamp to the start of the next frame's rendering. What any key costs on this machine.
 */
export async function keyToFrame(page: Page): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __keyFrame?: Promise<number> };
    w.__keyFrame = new Promise<number>((resolve) => {
      const on = (e: KeyboardEvent) => {
        document.removeEventListener('keydown', on, { capture: true });
        requestAnimationFrame(() => resolve(performance.now() - e.timeStamp));
      };
      document.addEventListener('keydown', on, { capture: true });
    });
  });
  await page.keyboard.press('Shift');
  return page.evaluate(() => (window as unknown as { __keyFrame: Promise<number> }).__keyFrame);
}

/** A number as the grids show projections: thousands separators, one decimal. */
export const fmt1 = (n: number): string => n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Answers the app's in-app question dialog (save / don't save / cancel, overwrite…) with the button of `id`. */
export async function answer(page: Page, id: string): Promise<void> {
  await page.getByTestId('confirm-dialog').waitFor();
  await page.getByTestId(`confirm-${id}`).click();
  await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
}

/**
 * A fresh app window (with its own work process, user-data folder and temp folder) for every test, so no
 * test depends on what another left behind; the browser is shared by the file. Read `.app` and `.tmp` in tests.
 */
export function useAppSession(options: Parameters<typeof openApp>[0] = {}): { app: AppSession; tmp: Awaited<ReturnType<typeof tempDir>> } {
  const session = {} as { app: AppSession; tmp: Awaited<ReturnType<typeof tempDir>> };
  beforeEach(async () => {
    session.tmp = await tempDir();
    session.app = await openApp(options);
  });
  afterEach(async () => {
    // Every test ends with a page that logged no errors.
    const errors = session.app?.errors ?? [];
    await session.app?.close();
    await session.tmp?.cleanup();
    expect(errors).toEqual([]);
  });
  afterAll(() => closeBrowser());
  return session;
}

/**
 * One window shared by the steps of a story (a describe whose tests continue each other, in order: make a
 * workbook, then project it, then save it…). The sharing is the point of such a file and is said where it
 * is used; every other e2e file gets a fresh window per test (useAppSession).
 */
export function useStorySession(): { app: AppSession; tmp: Awaited<ReturnType<typeof tempDir>> } {
  const session = {} as { app: AppSession; tmp: Awaited<ReturnType<typeof tempDir>> };
  beforeAll(async () => {
    session.tmp = await tempDir();
    session.app = await openApp();
  });
  afterAll(async () => {
    const errors = session.app?.errors ?? [];
    await session.app?.close();
    await closeBrowser();
    await session.tmp?.cleanup();
    expect(errors).toEqual([]);
  });
  return session;
}
