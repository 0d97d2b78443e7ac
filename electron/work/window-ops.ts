/**
 * The heavy work of a window, as plain functions over clone-friendly arguments: reading and writing
 * project files, exports, import detection and crash journals. They run in the window's work process
 * (host.ts), so a 100,000-row workbook is parsed, validated and written away from main's thread.
 * Workbooks and previews come from the page and go back to it as blobs (core/ipc-wire): main only
 * passes their refs along.
 */
import type { CenterImportReply, CsvEncoding, CsvTable, ImportPreview, ImportRowsRequest } from '../../core/ipc-contract';
import type { BlobRef } from '../../core/ipc-wire';
import type { Lang, Workbook } from '../../core/types';
import { workbookFromText } from '../../core/workbook-schema';
import type { ExportWarning } from '../handlers/briefing/build-briefing';
import { exportGridCsv, type CsvSubject } from '../handlers/csv-export';
import { createImportSession, type BudgetRequest, type CentersRequest, type PreviewRequest } from '../handlers/import/import-session';
import type { BudgetReply } from '../../core/budget/budget-import';
import { openProjectFile, saveProjectFile, type FileStamp } from '../handlers/project-files';
import { createRecoveryStore, type RecoveryEntry } from '../handlers/recovery';
import { exportReportHwpx } from '../handlers/report/export-report';
import { decodeChartPng, exportBriefingXlsx } from '../handlers/xlsx-export';
import type { BlobStore } from './blob-store';

/** What every operation gets besides its arguments: a cancel signal and a progress reporter. */
export interface WorkContext {
  signal: AbortSignal;
  progress: (fraction: number) => void;
}

/** A journalled document as main needs it: where it came from, and the workbook for the page. */
export interface JournalReply extends RecoveryEntry {
  path: string | null;
  workbook: BlobRef<Workbook>;
}

/** Creates one window's operations over its blobs (its import session lives here). */
export function createWindowOps(blobs: BlobStore) {
  const imports = createImportSession();
  /** A workbook the page put, parsed and validated here, where it is used. */
  const workbookOf = (ref: BlobRef<Workbook>) => workbookFromText(blobs.take(ref));
  /** A value for the page to take. */
  const forPage = <T>(value: T) => blobs.put(JSON.stringify(value)) as BlobRef<T>;
  return {
    /** Reads, migrates and validates a project file. */
    async openProject(a: { path: string }): Promise<{ workbook: BlobRef<Workbook> }> {
      return { workbook: forPage(await openProjectFile(a.path)) };
    },

    /** Validates the page's workbook and writes it, verified, over `path` (refused if the file changed since `expect`). */
    async saveProject(a: { path: string; workbook: BlobRef<Workbook>; expect: FileStamp | null }, ctx: WorkContext) {
      return saveProjectFile(a.path, workbookOf(a.workbook), { expect: a.expect, signal: ctx.signal, onProgress: ctx.progress });
    },

    /** The xlsx briefing. */
    async exportBriefing(
      a: { path: string; workbook: BlobRef<Workbook>; lang: Lang; chartPng?: string; author?: string },
      ctx: WorkContext,
    ): Promise<ExportWarning[]> {
      const chartPng = decodeChartPng(a.chartPng);
      return exportBriefingXlsx(a.path, workbookOf(a.workbook), a.lang, { chartPng, author: a.author, signal: ctx.signal });
    },

    /** The same briefing as a 한/글 report. */
    async exportReport(
      a: { path: string; workbook: BlobRef<Workbook>; lang: Lang; chartPng?: string; author?: string },
      ctx: WorkContext,
    ): Promise<ExportWarning[]> {
      const chartPng = decodeChartPng(a.chartPng);
      return exportReportHwpx(a.path, workbookOf(a.workbook), a.lang, { chartPng, author: a.author, signal: ctx.signal });
    },

    /** One grid as CSV. */
    async exportCsv(
      a: { path: string; workbook: BlobRef<Workbook>; table: CsvTable; subject: CsvSubject; lang: Lang; encoding: CsvEncoding },
      ctx: WorkContext,
    ): Promise<void> {
      await exportGridCsv(a.path, workbookOf(a.workbook), a.table, a.subject, a.lang, a.encoding, ctx.signal);
    },

    /** Loads or re-detects the import; the preview goes to the page as a blob. */
    async importPreview(a: PreviewRequest, ctx: WorkContext): Promise<{ token: string; preview: BlobRef<ImportPreview> }> {
      const { token, preview } = await imports.preview(a, ctx);
      return { token, preview: forPage(preview) };
    },

    /** More rows of the previewed table. */
    async importRows(a: ImportRowsRequest) {
      return imports.rows(a);
    },

    /** The previewed list as centers: what importing it would do, and the centers to apply. */
    async importCenters(a: Omit<CentersRequest, 'workbook'> & { workbook: BlobRef<Workbook> }): Promise<BlobRef<CenterImportReply>> {
      return forPage(imports.centers({ ...a, workbook: workbookOf(a.workbook) }));
    },

    /** The previewed long table as a budget book: the plan and its edit. */
    async importBudget(a: Omit<BudgetRequest, 'workbook'> & { workbook: BlobRef<Workbook> }): Promise<BlobRef<BudgetReply>> {
      return forPage(imports.budget({ ...a, workbook: workbookOf(a.workbook) }));
    },

    /** Writes a window's crash journal (validated like a save). */
    async journalWrite(a: { dir: string; id: string; workbook: BlobRef<Workbook>; fileName: string | null; path: string | null }) {
      await createRecoveryStore(a.dir).write(a.id, { workbook: workbookOf(a.workbook), fileName: a.fileName, path: a.path });
    },

    /** Reads one journal. */
    async journalRead(a: { dir: string; id: string }): Promise<JournalReply> {
      const { workbook, ...entry } = await createRecoveryStore(a.dir).read(a.id);
      return { ...entry, workbook: forPage(workbook) };
    },

    /** Journals left by windows that are gone (newest first). */
    journalList(a: { dir: string; exclude: string[] }): Promise<RecoveryEntry[]> {
      return createRecoveryStore(a.dir).list(new Set(a.exclude));
    },
  };
}

/** One window's operations. */
export type WindowOps = ReturnType<typeof createWindowOps>;
