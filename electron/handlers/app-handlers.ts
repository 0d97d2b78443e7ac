/**
 * The handler for every IPC channel, as plain functions over injected side effects
 * (dialogs, window state), so main, the e2e harness and tests run the very same code.
 */
import { basename, join } from 'node:path';
import { AppError, type AppErrorInfo } from '../../core/errors';
import type { DocumentState, OpenedProject } from '../../core/ipc-contract';
import type { Handlers } from '../ipc-dispatch';
import { exportGridCsv } from './csv-export';
import { createDropTokens } from './drop-tokens';
import { createImportSession } from './import/import-session';
import { fileStamp, openProjectFile, PROJECT_EXTENSION, saveProjectFile, withProjectExtension, type FileStamp } from './project-files';
import { createRecentFiles } from './recent-files';
import { createRecoveryStore } from './recovery';
import { writeFileSafely } from './safe-write';
import { decodeChartPng, exportBriefingXlsx } from './xlsx-export';

/** What a file dialog is asked for. */
export type FileKind = 'project' | 'xlsx' | 'csv' | 'import' | 'pdf';

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
  /** Sends import progress (0…1) to the window. */
  sendImportProgress: (fraction: number) => void;
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
  let currentPath: string | null = null;
  let currentStamp: FileStamp | null = null;
  let adopted: string | null = null;
  const drops = createDropTokens();
  const recovery = createRecoveryStore(join(deps.userDataDir, 'recovery'));
  const recent = createRecentFiles(deps.userDataDir);
  const journalId = recovery.newId();
  // Journal writes and removals run one after another, so an older snapshot never lands last.
  let journalChain: Promise<void> = Promise.resolve();
  const serial = (task: () => Promise<void>) => (journalChain = journalChain.then(task, task));
  const imports = createImportSession({
    chooseImportPath: () => deps.chooseOpenPath('import'),
    resolveDrop: (token) => drops.take(token),
    onProgress: (fraction) => deps.sendImportProgress(fraction),
  });

  const setPath = async (path: string | null) => {
    currentPath = path;
    currentStamp = path ? await fileStamp(path) : null;
    deps.setWindowPath?.(path);
    if (path) {
      await recent.add(path).catch(() => undefined);
      deps.addRecentDocument?.(path);
    }
  };

  const openPath = async (path: string): Promise<OpenedProject> => {
    if (path !== currentPath && deps.isOpenElsewhere?.(path)) throw new AppError('file.openElsewhere', basename(path));
    const workbook = await openProjectFile(path);
    await setPath(path);
    return { workbook, fileName: basename(path) };
  };

  return {
    journalId,

    registerDroppedFile: (path) => drops.register(path),

    async startup() {
      const pending = deps.takePendingPath?.() ?? null;
      let open: OpenedProject | null = null;
      let openError: AppErrorInfo | null = null;
      if (pending) {
        try {
          open = await openPath(pending);
        } catch (e) {
          openError = e instanceof AppError ? e.toInfo() : { code: 'internal' };
        }
      }
      const others = deps.otherJournalIds?.() ?? new Set<string>();
      return { open, openError, recovery: await recovery.list(others), recent: await recent.list() };
    },

    async openSample() {
      const workbook = await openProjectFile(deps.samplePath);
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

    async saveProject({ workbook, saveAs, overwrite }) {
      let path = saveAs ? null : currentPath;
      if (!path) {
        const chosen = await deps.chooseSavePath('project', `${safeFileName(workbook.title, 'workbook')}.${PROJECT_EXTENSION}`);
        if (!chosen) return null;
        path = withProjectExtension(chosen);
        if (path !== currentPath && deps.isOpenElsewhere?.(path)) throw new AppError('file.openElsewhere', basename(path));
      }
      // A file changed, renamed or deleted by someone else since we read it is not silently overwritten.
      const expect = path === currentPath && !overwrite ? currentStamp : null;
      await saveProjectFile(path, workbook, { expect });
      await setPath(path);
      return { fileName: basename(path) };
    },

    async exportXlsx({ workbook, lang, chartPng, author }) {
      const png = decodeChartPng(chartPng);
      const chosen = await deps.chooseSavePath('xlsx', `${safeFileName(workbook.title, 'briefing')}.xlsx`);
      if (!chosen) return null;
      const path = chosen.toLowerCase().endsWith('.xlsx') ? chosen : `${chosen}.xlsx`;
      const warnings = await exportBriefingXlsx(path, workbook, lang, { chartPng: png, author });
      return { fileName: basename(path), ...(warnings.length && { warnings }) };
    },

    async exportCsv({ workbook, table, seriesId, scenarioId, lang, encoding }) {
      const chosen = await deps.chooseSavePath('csv', `${safeFileName(workbook.title, 'table')} - ${table}.csv`);
      if (!chosen) return null;
      const path = chosen.toLowerCase().endsWith('.csv') ? chosen : `${chosen}.csv`;
      await exportGridCsv(path, workbook, table, { seriesId, scenarioId }, lang, encoding);
      return { fileName: basename(path) };
    },

    async printToPdf({ title }) {
      const chosen = await deps.chooseSavePath('pdf', `${safeFileName(title, 'workbook')}.pdf`);
      if (!chosen) return null;
      const path = chosen.toLowerCase().endsWith('.pdf') ? chosen : `${chosen}.pdf`;
      const pdf = await deps.renderPdf();
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppError('file.verifyFailed', basename(path));
      // Written like every other file: to a temporary file, read back, then moved over.
      await writeFileSafely(path, pdf);
      return { fileName: basename(path) };
    },

    async importFile(request) {
      return imports.preview(request);
    },

    async importCancel() {
      imports.cancel();
    },

    async journal({ workbook, dirty }) {
      await serial(async () => {
        if (!dirty) {
          // Saved (or back to its saved state): nothing of this document needs recovering, a restored journal included.
          if (adopted) await recovery.remove(adopted);
          adopted = null;
          return recovery.remove(journalId);
        }
        await recovery.write(journalId, { workbook, fileName: currentPath ? basename(currentPath) : null, path: currentPath });
        // A restored journal of another session is replaced by this window's own from now on.
        if (adopted && adopted !== journalId) await recovery.remove(adopted);
        adopted = null;
      });
    },

    async recoveryPreview({ id }) {
      const doc = await recovery.read(id);
      const saved = doc.path ? await openProjectFile(doc.path).catch(() => null) : null;
      return { entry: { id, savedAt: doc.savedAt, title: doc.title, fileName: doc.fileName }, workbook: doc.workbook, saved };
    },

    async recoveryRestore({ id }) {
      const doc = await recovery.read(id);
      const path = doc.path && !deps.isOpenElsewhere?.(doc.path) ? doc.path : null;
      await setPath(path);
      adopted = id;
      return { workbook: doc.workbook, fileName: path ? basename(path) : null, unsaved: true };
    },

    async recoveryDiscard({ id }) {
      await recovery.remove(id);
      return recovery.list(deps.otherJournalIds?.() ?? new Set());
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
