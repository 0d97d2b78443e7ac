/**
 * One window's import in progress, kept in its work process: the file main chose (dialog or drop),
 * re-detected as the user changes sheet, header row or encoding, without reading the file again unless
 * the encoding changes. The preview goes to the page as a blob (main never walks its rows), and it holds only the first rows: more come as the preview scrolls, and a list becomes centers here —
 * the dialog gets counts and the first rows of its diff, and the centers leave only when applied.
 */
import { randomUUID } from 'node:crypto';
import { centerMerge, summarizeCenterImport, type CenterImportRequest } from '../../../core/import/center-import';
import type { DetectedTable } from '../../../core/import/detect-table';
import type { ImportTable } from '../../../core/import/import-table';
import { centersFromRows, type ColumnUse, type ImportedCenters } from '../../../core/import/to-workbook';
import {
  PREVIEW_ROWS,
  type CenterImportReply,
  type ImportEncoding,
  type ImportPreview,
  type ImportRowsRequest,
} from '../../../core/ipc-contract';
import type { Lang, PathPairing, Workbook } from '../../../core/types';
import { planBudgetImport, type BudgetReply } from '../../../core/budget/budget-import';
import { formatMessage } from '../../../core/messages';
import { chooseSheet, importedRows, listRows, toImportTable } from './inspect';
import { loadSpreadsheet, type LoadedSpreadsheet } from './load-spreadsheet';

/** What to preview: a new file (path) or the current one again (token), with the user's options. */
export interface PreviewRequest {
  path?: string;
  token?: string;
  sheet?: string;
  headerRow?: number;
  encoding?: ImportEncoding;
}

/** A preview, with its token (main keeps it: only the file this window previewed can be asked for). */
export interface PreviewReply {
  token: string;
  preview: ImportPreview;
}

/** How a load reports and stops. */
export interface LoadControl {
  signal: AbortSignal;
  progress: (fraction: number) => void;
}

/** A mapping of the previewed list, with the document it goes into (its workbook validated on arrival). */
export interface CentersRequest extends CenterImportRequest {
  token: string;
  workbook: Workbook;
  apply: boolean;
}

/** A long table's choices, with the document it goes into. */
export interface BudgetRequest {
  token: string;
  workbook: Workbook;
  yearCol: number;
  levels: number[];
  stages: number[];
  pairings: PathPairing[];
  sumDuplicates: boolean;
  lang: Lang;
  /** Send the edit (to apply it); without, the report only. */
  apply: boolean;
}

/** The file being imported, and the table its last preview showed. */
interface Current {
  token: string;
  path: string;
  loaded: LoadedSpreadsheet;
  table: DetectedTable | null;
  /** The centers of the last mapping asked for (a dialog asks again with the same mapping to apply it). */
  centers?: { uses: string; imported: ImportedCenters };
}

/** Creates the import session of one window. */
export function createImportSession() {
  let current: Current | null = null;
  const session = (token: string): Current & { table: DetectedTable } => {
    if (!current || current.token !== token || !current.table) throw new Error('no import in progress for this token');
    return current as Current & { table: DetectedTable };
  };
  const load = (path: string, encoding: ImportEncoding | undefined, control: LoadControl) =>
    loadSpreadsheet(path, { encoding, signal: control.signal, onProgress: control.progress });

  return {
    /** Loads a file (path) or re-detects the current one (token) and describes what it holds. */
    async preview(req: PreviewRequest, control: LoadControl): Promise<PreviewReply> {
      if (req.path) {
        current = { token: randomUUID(), path: req.path, loaded: await load(req.path, req.encoding, control), table: null };
      } else if (!current || current.token !== req.token) {
        throw new Error('no import in progress for this token');
      } else if (req.encoding && current.loaded.format === 'csv' && req.encoding !== current.loaded.encoding) {
        current = { ...current, loaded: await load(current.path, req.encoding, control) };
      }
      const { loaded, token } = current;
      // Default sheet: the first that holds a table (each sheet detected at most once per request).
      const { sheet, table, reason } = chooseSheet(loaded, { sheet: req.sheet, headerRow: req.headerRow });
      current = { token, path: current.path, loaded, table: reason === null ? table : null };
      const preview: ImportPreview = {
        token,
        file: loaded.file,
        format: loaded.format,
        encoding: loaded.encoding,
        sheetNames: loaded.sheetNames,
        sheet,
        noTableReason: reason,
        warnings: loaded.warnings,
        table: reason === null ? toImportTable(table, PREVIEW_ROWS) : null,
        ...(loaded.documentTables && { documentTables: loaded.documentTables }),
      };
      return { token, preview };
    },

    /** Rows of the previewed table from `start`. */
    rows(req: ImportRowsRequest): ImportTable['rows'] {
      return importedRows(session(req.token).table, req.start, Math.min(req.count, PREVIEW_ROWS));
    },

    /** The previewed list as centers under a mapping (kept for the next call with the same mapping). */
    imported(token: string, uses: ColumnUse[]): ImportedCenters {
      const now = session(token);
      const key = uses.join('|');
      if (now.centers?.uses !== key)
        now.centers = { uses: key, imported: centersFromRows(now.table, listRows(now.table), uses, now.loaded.file) };
      return now.centers.imported;
    },

    /** What importing the previewed long table as a budget book would do; to apply it, its edit too. */
    budget(req: BudgetRequest): BudgetReply {
      const now = session(req.token);
      const { lang } = req;
      // Read cell by cell from the detected table: a whole government is 80,000 rows of 14 columns.
      const table = { columns: now.table.columns, unit: now.table.unit, rows: listRows(now.table) };
      const { edit, ...report } = planBudgetImport(req.workbook, table, req, {
        file: now.loaded.file,
        sheet: now.table.sheet,
        undecidedNote: (stage) => formatMessage(lang, 'budget.undecided', { stage }),
      });
      return req.apply ? { ...report, edit } : report;
    },

    /** What importing the previewed list with a mapping would do; to apply it, the centers instead. */
    centers(req: CentersRequest): CenterImportReply {
      const imported = this.imported(req.token, req.uses);
      const columns = session(req.token).table.columns;
      if (req.apply) return { summary: null, ...centerMerge(req.workbook.centers.rows, imported, req, columns) };
      return { summary: summarizeCenterImport(req.workbook.centers.rows, imported, req, columns) };
    },
  };
}
