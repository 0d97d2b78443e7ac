/**
 * The handler for every IPC channel, as plain functions over injected side effects
 * (dialogs, window state), so main, the e2e harness and tests run the very same code.
 */
import { basename, dirname, join } from 'node:path';
import { AppError, type AppErrorInfo } from '../../core/errors';
import type { DocumentState, WireResponseOf } from '../../core/ipc-contract';
import type { Handlers } from '../ipc-dispatch';
import type { WorkRunner } from '../work/client';
import type { WindowOps } from '../work/window-ops';
import { createDropTokens } from './drop-tokens';
import { fileStamp, PROJECT_EXTENSION, withProjectExtension, type FileStamp } from './project-files';
import { createRecentFiles } from './recent-files';
import { createRecoveryStore } from './recovery';
import { removeStaleTempFiles, writeFileSafely } from './safe-write';

/** What a file dialog is asked for. */
export type FileKind = 'project' | 'xlsx' | 'hwpx' | 'csv' | 'import' | 'pdf';

/** Side effects the handlers need: native dialogs and the window they belong to. */
export interface HandlerDeps {
  /** Shows an open dialog; resolves to the chosen path or null if cancelled. */
  chooseOpenPath: (kind: FileKind) => Promise<string | null>;
  /** Shows a save dialog with a suggested file name; resolves to the chosen path or null. */
  chooseSavePath: (kind: FileKind, suggestedName: string) => Promise<string | null>;
  /** Absolute path of the embedded sample project. */
  samplePath: string;
  /** The app's user-data folder (recovery journals, recent files). */
  userDataDir: string;
  /** Updates the window title, edited marker and close guard. */
  setDocumentState: (state: DocumentState) => void;
  /** Closes the window without asking again (after the user saved or chose not to). */
  closeWindow: () => void;
  /** Renders the window's page as a PDF (Electron's webContents.printToPDF). */
  renderPdf: () => Promise<Buffer>;
  /** Sends progress (0…1) of an import, save or export to the window. */
  sendProgress: (fraction: number) => void;
  /** Where the heavy work runs: the window's work process (utility process or worker thread). */
  work: WorkRunner<WindowOps>;
  /** True (and that window is focused) when another window has this file open. */
  isOpenElsewhere?: (path: string) => boolean;
  /** Records the file this window now has open (null: none). */
  setWindowPath?: (path: string | null) => void;
  /** A file this window was created for (command line, Finder, a second launch), handed out once. */
  takePendingPath?: () => string | null;
  /** Adds a file to the operating system's recent documents. */
  addRecentDocument?: (path: string) => void;
  /** Journal ids of the other live windows (their journals are not orphans). */
  otherJournalIds?: () => ReadonlySet<string>;
}

/** Strips characters file systems reject, for suggested file names. */
function safeFileName(title: string, fallback: string): string {
  const forbidden = '\\/:*?"<>|';
  const cleaned = [...title]
    .map((ch) => (ch.charCodeAt(0) < 32 || forbidden.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned || fallback;
}

/** The handlers of one window, plus what main needs besides the channels. */
export interface AppHandlers extends Handlers {
  /** Registers a dropped file's path (from preload only); returns the token the page may use once. */
  registerDroppedFile: (path: string) => string;
  /** This window's crash-recovery journal id. */
  readonly journalId: string;
}

/** Creates the channel handlers for one window; the current project path lives here, never in the renderer. */
export function createAppHandlers(deps: HandlerDeps): AppHandlers {
  const { work } = deps;
  let currentPath: string | null = null;
  let currentStamp: FileStamp | null = null;
  let adopted: string | null = null;
  let importToken: string | null = null;
  /** The import, save or export running now, which Cancel stops. */
  let running: AbortController | null = null;
  const drops = createDropTokens();
  const recoveryDir = join(deps.userDataDir, 'recovery');
  const recovery = createRecoveryStore(recoveryDir);
  const recent = createRecentFiles(deps.userDataDir);
  const journalId = recovery.newId();
  // Journal writes and removals run one after another, so an older snapshot never lands last.
  let journalChain: Promise<void> = Promise.resolve();
  const serial = (task: () => Promise<void>) => (journalChain = journalChain.then(task, task));
  const listJournals = () => work.call('journalList', { dir: recoveryDir, exclude: [...(deps.otherJournalIds?.() ?? [])] });

  /** Runs a cancellable operation with progress shown in the window. */
  const withProgress = async <T>(task: (options: { signal: AbortSignal; onProgress: (f: number) => void }) => Promise<T>) => {
    running?.abort();
    const own = new AbortController();
    running = own;
    // 0 tells the window the work has started (after any dialog), so it can show progress and Cancel.
    deps.sendProgress(0);
    try {
      return await task({ signal: own.signal, onProgress: (f) => deps.sendProgress(f) });
    } finally {
      if (running === own) running = null;
    }
  };

  const setPath = async (path: string | null) => {
    currentPath = path;
    currentStamp = path ? await fileStamp(path) : null;
    deps.setWindowPath?.(path);
    if (path) {
      await recent.add(path).catch(() => undefined);
      deps.addRecentDocument?.(path);
    }
  };

  const openPath = async (path: string): Promise<WireResponseOf<'openSample'>> => {
    if (path !== currentPath && deps.isOpenElsewhere?.(path)) throw new AppError('file.openElsewhere', basename(path));
    // A save this app was killed in the middle of left a hidden temp file beside the file: it goes now.
    void removeStaleTempFiles(dirname(path));
    const { workbook } = await work.call('openProject', { path });
    await setPath(path);
    return { workbook, fileName: basename(path) };
  };

  /** Asks where to write (the workbook is checked first, so an invalid one never gets a dialog); null when cancelled. */
  const chooseTarget = async (kind: 'xlsx' | 'hwpx' | 'csv' | 'pdf', suggested: string) => {
    const chosen = await deps.chooseSavePath(kind, suggested);
    if (!chosen) return null;
    return chosen.toLowerCase().endsWith(`.${kind}`) ? chosen : `${chosen}.${kind}`;
  };

  return {
    journalId,

    registerDroppedFile: (path) => drops.register(path),

    async startup() {
      const pending = deps.takePendingPath?.() ?? null;
      // Temp files of saves this app left when it was killed, beside the files it last had open (never anyone else's).
      void recent.folders().then(
        (dirs) => Promise.all(dirs.map((d) => removeStaleTempFiles(d))),
        () => undefined,
      );
      let open: WireResponseOf<'openSample'> | null = null;
      let openError: AppErrorInfo | null = null;
      if (pending) {
        try {
          open = await openPath(pending);
        } catch (e) {
          openError = e instanceof AppError ? e.toInfo() : { code: 'internal' };
        }
      }
      return { open, openError, recovery: await listJournals(), recent: await recent.list() };
    },

    async openSample() {
      const { workbook } = await work.call('openProject', { path: deps.samplePath });
      await setPath(null);
      return { workbook, fileName: null };
    },

    async newProject() {
      await setPath(null);
    },

    async openProject() {
      const path = await deps.chooseOpenPath('project');
      return path ? openPath(path) : null;
    },

    async openRecent({ index }) {
      const path = await recent.path(index);
      return path ? openPath(path) : null;
    },

    listRecent: () => recent.list(),

    async removeRecent({ index }) {
      await recent.remove(index);
      return recent.list();
    },

    async openDropped({ dropToken }) {
      return openPath(drops.take(dropToken));
    },

    async saveProject({ workbook, title, saveAs, overwrite }) {
      let path = saveAs ? null : currentPath;
      if (!path) {
        const chosen = await deps.chooseSavePath('project', `${safeFileName(title, 'workbook')}.${PROJECT_EXTENSION}`);
        if (!chosen) return null;
        path = withProjectExtension(chosen);
        if (path !== currentPath && deps.isOpenElsewhere?.(path)) throw new AppError('file.openElsewhere', basename(path));
      }
      // A file changed, renamed or deleted by someone else since we read it is not silently overwritten.
      const expect = path === currentPath && !overwrite ? currentStamp : null;
      const target = path;
      const stamp = await withProgress((options) => work.call('saveProject', { path: target, workbook, expect }, options));
      await setPath(path);
      currentStamp = stamp;
      return { fileName: basename(path) };
    },

    async exportXlsx({ workbook, title, lang, chartPng, author }) {
      const path = await chooseTarget('xlsx', `${safeFileName(title, 'briefing')}.xlsx`);
      if (!path) return null;
      const warnings = await withProgress((options) => work.call('exportBriefing', { path, workbook, lang, chartPng, author }, options));
      return { fileName: basename(path), ...(warnings.length && { warnings }) };
    },

    async exportHwpx({ workbook, title, lang, chartPng, author }) {
      const path = await chooseTarget('hwpx', `${safeFileName(title, 'report')}.hwpx`);
      if (!path) return null;
      const warnings = await withProgress((options) => work.call('exportReport', { path, workbook, lang, chartPng, author }, options));
      return { fileName: basename(path), ...(warnings.length && { warnings }) };
    },

    async exportCsv({ workbook, title, table, seriesId, scenarioId, lang, encoding }) {
      const path = await chooseTarget('csv', `${safeFileName(title, 'table')} - ${table}.csv`);
      if (!path) return null;
      const subject = { seriesId, scenarioId };
      await withProgress((options) => work.call('exportCsv', { path, workbook, table, subject, lang, encoding }, options));
      return { fileName: basename(path) };
    },

    async printToPdf({ title }) {
      const path = await chooseTarget('pdf', `${safeFileName(title, 'workbook')}.pdf`);
      if (!path) return null;
      const pdf = await deps.renderPdf();
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppError('file.verifyFailed', basename(path));
      // Written like every other file: to a temporary file, read back, then moved over.
      await writeFileSafely(path, pdf);
      return { fileName: basename(path) };
    },

    async importFile({ token, dropToken, ...options }) {
      // The same file again with other options, while its session lives in the work process.
      const again = !dropToken && token !== undefined && token === importToken;
      const path = again ? null : dropToken ? drops.take(dropToken) : await deps.chooseOpenPath('import');
      if (!again && !path) return null;
      const request = path ? { path, ...options } : { token, ...options };
      const reply = await withProgress(async (o) => {
        const done = await work.call('importPreview', request, o);
        // Reading changes nothing, so a cancel that came too late to stop the reader still cancels.
        if (o.signal.aborted) throw new AppError('import.cancelled');
        return done;
      });
      importToken = reply.token;
      return reply.preview;
    },

    async importRows(request) {
      if (request.token !== importToken) throw new AppError('request.invalid', 'import token');
      return work.call('importRows', request);
    },

    async importCenters(request) {
      // Only the file this window previewed, by its token: the page never names a file.
      if (request.token !== importToken) throw new AppError('request.invalid', 'import token');
      return work.call('importCenters', request);
    },

    async importBudget(request) {
      if (request.token !== importToken) throw new AppError('request.invalid', 'import token');
      return work.call('importBudget', request);
    },

    async cancelWork() {
      running?.abort();
    },

    async journal({ workbook, dirty }) {
      await serial(async () => {
        if (!dirty) {
          // Saved (or back to its saved state): nothing of this document needs recovering, a restored journal included.
          if (adopted) await recovery.remove(adopted);
          adopted = null;
          return recovery.remove(journalId);
        }
        const fileName = currentPath ? basename(currentPath) : null;
        await work.call('journalWrite', { dir: recoveryDir, id: journalId, workbook, fileName, path: currentPath });
        // A restored journal of another session is replaced by this window's own from now on.
        if (adopted && adopted !== journalId) await recovery.remove(adopted);
        adopted = null;
      });
    },

    async recoveryPreview({ id }) {
      const { workbook, path, ...entry } = await work.call('journalRead', { dir: recoveryDir, id });
      const saved = path
        ? await work.call('openProject', { path }).then(
            (o) => o.workbook,
            () => null,
          )
        : null;
      return { entry: { id, savedAt: entry.savedAt, title: entry.title, fileName: entry.fileName }, workbook, saved };
    },

    async recoveryRestore({ id }) {
      const doc = await work.call('journalRead', { dir: recoveryDir, id });
      const path = doc.path && !deps.isOpenElsewhere?.(doc.path) ? doc.path : null;
      await setPath(path);
      adopted = id;
      return { workbook: doc.workbook, fileName: path ? basename(path) : null, unsaved: true };
    },

    async recoveryDiscard({ id }) {
      await recovery.remove(id);
      return listJournals();
    },

    async setDocumentState(state) {
      deps.setDocumentState(state);
    },

    async closeWindow() {
      // A close the user confirmed (saved, or chose not to save): nothing to recover.
      await serial(() => recovery.remove(journalId));
      deps.closeWindow();
    },
  };
}
