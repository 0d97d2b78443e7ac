/**
 * Reads .xls, .xlsb and .ods files (and HTML tables named .xls) through SheetJS in a worker thread
 * (electron/work/reader-ops.ts) with time, memory, row and cell limits: a malformed or hostile
 * file ends in a clear error, never a crash or a hang of the app.
 */
import type { RawSheet } from '../../../core/import/detect-table';
import type { ImportWarning } from '../../../core/import/import-warnings';
import type { LegacyRequest } from '../../work/reader-ops';
import { runReader } from '../../work/run-reader';
import { READER_LIMITS } from '../../../core/limits';

/** Limits of a legacy read. */
export const LEGACY_LIMITS = READER_LIMITS.legacy;

/** Sheets of a legacy workbook. */
export interface LegacyContents {
  sheetNames: string[];
  sheets: RawSheet[];
  warnings: ImportWarning[];
}

/** Reads a legacy spreadsheet (never writes to it). */
export async function readLegacy(
  path: string,
  options: { sheet?: string; signal?: AbortSignal; limits?: Partial<typeof LEGACY_LIMITS> } = {},
): Promise<LegacyContents> {
  const limits = { ...LEGACY_LIMITS, ...options.limits };
  const request: LegacyRequest = { path, sheet: options.sheet, maxRows: limits.rows, maxCells: limits.cells };
  const r = await runReader('legacySheets', request, limits, options.signal);
  return { sheetNames: r.sheetNames, sheets: r.sheets, warnings: r.cut.map((c) => ({ code: 'rowsCut', sheet: c.sheet, rows: c.rows })) };
}
