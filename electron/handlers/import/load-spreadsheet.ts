/** Opens an agency file of any supported kind and returns its sheets as raw rows; refuses the rest clearly. */
import { open, readFile, stat } from 'node:fs/promises';
import { AppError } from '../../../core/errors';
import type { RawSheet } from '../../../core/import/detect-table';
import type { ImportWarning } from '../../../core/import/import-warnings';
import type { SpreadsheetFormat } from '../../../core/ipc-contract';
import { fsErrorToAppError } from '../file-io';
import { decodeText, type TextEncoding } from './decode-text';
import type { DocumentTableInfo } from '../../../core/import/document-table';
import { DOCUMENT_LIMITS, readDocument } from './read-document';
import { LEGACY_LIMITS, readLegacy } from './read-legacy';
import { readXlsx, zipKind, type ReadXlsxOptions } from './read-xlsx';
import { parseDelimited } from './read-delimited';
import { sniffFormat } from './sniff-format';
import { FILE_LIMITS } from '../../../core/limits';

/** Largest file the importer opens. */

/** A file read into sheets. */
export interface LoadedSpreadsheet {
  file: string;
  format: SpreadsheetFormat;
  encoding: TextEncoding | null;
  sheetNames: string[];
  sheets: RawSheet[];
  warnings: ImportWarning[];
  /** For a document (.hwp/.hwpx): what the table picker shows of each table (sheet). */
  documentTables?: DocumentTableInfo[];
}

/** Options of a load. */
export interface LoadOptions extends ReadXlsxOptions {
  encoding?: TextEncoding;
}

/** Reads the file at `path` (never writes to it). */
export async function loadSpreadsheet(path: string, options: LoadOptions = {}): Promise<LoadedSpreadsheet> {
  const file = path.split(/[\\/]/).pop() ?? path;
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new AppError('file.unreadable', file);
    size = info.size;
  } catch (e) {
    throw e instanceof AppError ? e : fsErrorToAppError(e, path, false);
  }
  if (size === 0) throw new AppError('file.empty', file);
  if (size > FILE_LIMITS.importBytes) throw new AppError('file.tooLarge', file);
  // The first bytes decide the kind; OLE files (encrypted, .xls, .hwp) are read whole to look inside.
  const handle = await open(path, 'r');
  let head: Buffer;
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(8192), position: 0 });
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const kind = sniffFormat(head[0] === 0xd0 ? await readFile(path) : head, { encoding: options.encoding });
  const legacy = async (format: SpreadsheetFormat): Promise<LoadedSpreadsheet> => {
    if (size > LEGACY_LIMITS.bytes) throw new AppError('file.tooLarge', file);
    const read = await readLegacy(path, { sheet: options.sheet, signal: options.signal }).catch((e: unknown) => {
      // Which file it was, where the reader said nothing more.
      throw e instanceof AppError && !e.detail && e.code !== 'import.cancelled' ? new AppError(e.code, file) : e;
    });
    options.onProgress?.(1);
    return { file, format, encoding: null, ...read };
  };
  const document = async (format: 'hwp' | 'hwpx'): Promise<LoadedSpreadsheet> => {
    if (size > DOCUMENT_LIMITS.bytes) throw new AppError('file.tooLarge', file);
    const read = await readDocument(path, format, { signal: options.signal });
    options.onProgress?.(1);
    if (read.sheets.length === 0) throw new AppError('import.noTable', file);
    const warnings: ImportWarning[] = read.skippedSections > 0 ? [{ code: 'sectionsSkipped', count: read.skippedSections }] : [];
    // Like a workbook read for one sheet: the other tables are listed, not parsed further.
    const sheets = options.sheet === undefined ? read.sheets : read.sheets.filter((s) => s.name === options.sheet);
    return { file, format, encoding: null, sheetNames: read.sheetNames, sheets, warnings, documentTables: read.tables };
  };
  switch (kind) {
    case 'zip': {
      const inside = await zipKind(path);
      if (inside === 'xlsb' || inside === 'ods') return legacy(inside);
      if (inside === 'hwpx') return document('hwpx');
      if (typeof inside === 'object') throw new AppError('import.unsupported', inside.other ? `${file} → ${inside.other}` : file);
      const { sheetNames, sheets } = await readXlsx(path, options);
      return { file, format: 'xlsx', encoding: null, sheetNames, sheets, warnings: [] };
    }
    case 'xls':
      return legacy('xls');
    case 'html':
      return legacy('xls');
    case 'pdf':
      throw new AppError('import.unsupported', `${file} → .pdf`);
    case 'text': {
      const bytes = await readFile(path);
      const { text, encoding, warnings } = decodeText(bytes, options.encoding);
      const sheet = parseDelimited(text, file);
      options.onProgress?.(1);
      return { file, format: 'csv', encoding, sheetNames: [file], sheets: [sheet], warnings };
    }
    case 'encrypted':
      throw new AppError('import.encrypted', file);
    case 'hwp':
      return document('hwp');
    case 'corrupt':
      throw new AppError('import.corrupt', file);
    case 'hwp3':
      throw new AppError('import.hwp3', file);
    case 'hwpml':
      throw new AppError('import.hwpml', file);
    case 'empty':
      throw new AppError('file.empty', file);
    default:
      throw new AppError('import.unsupported', file);
  }
}
