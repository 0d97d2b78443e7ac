/**
 * The heavy work of a window, as plain functions over clone-friendly arguments: reading and writing
 * project files, exports, import detection and crash journals. They run in the window's work process
 * (work-host.ts), so a 100,000-row workbook is parsed, validated and written away from main's thread;
 * workbooks come in and go out as JSON text (core/ipc-wire).
 */
import type { CsvEncoding, CsvTable, ImportRowsRequest } from '../../core/ipc-contract';
import { toJsonText, type JsonText } from '../../core/ipc-wire';
import type { Lang, Workbook } from '../../core/types';
import { workbookFromText } from '../../core/workbook-schema';
import type { ExportWarning } from '../handlers/briefing/build-briefing';
import { exportGridCsv, type CsvSubject } from '../handlers/csv-export';
import { createImportSession, type CentersRequest, type PreviewReply, type PreviewRequest } from '../handlers/import/import-session';
import { openProjectFile, saveProjectFile, type FileStamp } from '../handlers/project-files';
import { createRecoveryStore, type RecoveryEntry } from '../handlers/recovery';
import { decodeChartPng, exportBriefingXlsx } from '../handlers/xlsx-export';

/** What every operation gets besides its arguments: a cancel signal and a progress reporter. */
export interface WorkContext {
  signal: AbortSignal;
  progress: (fraction: number) => void;
}

/** A journalled document as main needs it: where it came from, and the workbook as text for the page. */
export interface JournalReply extends RecoveryEntry {
  path: string | null;
  workbook: JsonText<Workbook>;
}

/** Creates one window's operations (its import session lives here). */
export function createWorkOps() {
  const imports = createImportSession();
  return {
    /** Reads, migrates and validates a project file. */
    async openProject(a: { path: string }): Promise<{ workbook: JsonText<Workbook> }> {
      return { workbook: toJsonText(await openProjectFile(a.path)) };
    },

    /** Validates the page's workbook and writes it, verified, over `path` (refused if the file changed since `expect`). */
    async saveProject(a: { path: string; workbook: JsonText<Workbook>; expect: FileStamp | null }, ctx: WorkContext) {
      return saveProjectFile(a.path, workbookFromText(a.workbook), { expect: a.expect, signal: ctx.signal, onProgress: ctx.progress });
    },

    /** The xlsx briefing. */
    async exportBriefing(
      a: { path: string; workbook: JsonText<Workbook>; lang: Lang; chartPng?: string; author?: string },
      ctx: WorkContext,
    ): Promise<ExportWarning[]> {
      const chartPng = decodeChartPng(a.chartPng);
      return exportBriefingXlsx(a.path, workbookFromText(a.workbook), a.lang, { chartPng, author: a.author, signal: ctx.signal });
    },

    /** One grid as CSV. */
    async exportCsv(
      a: { path: string; workbook: JsonText<Workbook>; table: CsvTable; subject: CsvSubject; lang: Lang; encoding: CsvEncoding },
      ctx: WorkContext,
    ): Promise<void> {
      await exportGridCsv(a.path, workbookFromText(a.workbook), a.table, a.subject, a.lang, a.encoding, ctx.signal);
    },

    /** Loads or re-detects the import; the preview leaves as text. */
    importPreview(a: PreviewRequest, ctx: WorkContext): Promise<PreviewReply> {
      return imports.preview(a, ctx);
    },

    /** More rows of the previewed table. */
    async importRows(a: ImportRowsRequest) {
      return imports.rows(a);
    },

    /** The previewed list as centers: what importing it would do, and the centers to apply. */
    async importCenters(a: Omit<CentersRequest, 'workbook'> & { workbook: JsonText<Workbook> }) {
      return imports.centers({ ...a, workbook: workbookFromText(a.workbook) });
    },

    /** Writes a window's crash journal (validated like a save). */
    async journalWrite(a: { dir: string; id: string; workbook: JsonText<Workbook>; fileName: string | null; path: string | null }) {
      await createRecoveryStore(a.dir).write(a.id, { workbook: workbookFromText(a.workbook), fileName: a.fileName, path: a.path });
    },

    /** Reads one journal. */
    async journalRead(a: { dir: string; id: string }): Promise<JournalReply> {
      const { workbook, ...entry } = await createRecoveryStore(a.dir).read(a.id);
      return { ...entry, workbook: toJsonText(workbook) };
    },

    /** Journals left by windows that are gone (newest first). */
    journalList(a: { dir: string; exclude: string[] }): Promise<RecoveryEntry[]> {
      return createRecoveryStore(a.dir).list(new Set(a.exclude));
    },
  };
}

/** One window's operations. */
export type WorkOps = ReturnType<typeof createWorkOps>;
/** An operation's name. */
export type WorkOp = keyof WorkOps;
/** An operation's arguments. */
export type WorkArgs<O extends WorkOp> = Parameters<WorkOps[O]>[0];
/** What an operation resolves to. */
export type WorkResult<O extends WorkOp> = Awaited<ReturnType<WorkOps[O]>>;
