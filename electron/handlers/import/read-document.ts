/**
 * Reads the tables of a 한/글 document (.hwp HWP 5.0 or .hwpx) in a worker thread and turns each into
 * a sheet the importer detects like any spreadsheet's. Tables that hold figures come first; layout
 * tables (boxes, the 보도시점 and 담당부서 blocks) are listed last.
 */
import type { RawSheet } from '../../../core/import/detect-table';
import { carryBoxUnits, documentSheet, tableInfo, type DocumentTableInfo } from '../../../core/import/document-table';
import { readRates } from '../../../core/import/rate-columns';
import { runReader } from '../../work/run-reader';
import { READER_LIMITS } from '../../../core/limits';

/** Limits of a document read. */
export const DOCUMENT_LIMITS = READER_LIMITS.document;

/** A document's tables as sheets, with what the picker shows of each. */
export interface DocumentContents {
  sheetNames: string[];
  sheets: RawSheet[];
  tables: DocumentTableInfo[];
  /** Sections that could not be read (their tables are missing). */
  skippedSections: number;
}

/** Reads a document's tables (never writes to it). */
export async function readDocument(
  path: string,
  format: 'hwp' | 'hwpx',
  options: { signal?: AbortSignal; limits?: Partial<typeof DOCUMENT_LIMITS> } = {},
): Promise<DocumentContents> {
  const limits = { ...DOCUMENT_LIMITS, ...options.limits };
  const document = await runReader('documentTables', { path, format }, limits, options.signal);
  const entries = carryBoxUnits(document.tables).map((t) => {
    const table = readRates(t);
    const sheet = documentSheet(table, `표 ${t.index}`);
    return { sheet, info: tableInfo(table, sheet) };
  });
  // Tables with figures first, in document order; layout boxes after them.
  const ordered = [...entries.filter((e) => !e.info.layout), ...entries.filter((e) => e.info.layout)];
  return {
    sheetNames: ordered.map((e) => e.sheet.name),
    sheets: ordered.map((e) => e.sheet),
    tables: ordered.map((e) => e.info),
    skippedSections: document.skippedSections,
  };
}
