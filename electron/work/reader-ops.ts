/**
 * The operations of a reader thread: parsers of formats our own readers do not cover, run apart from
 * the window's work process so that a file that makes one spin or balloon is stopped by its limits
 * (time, memory), never the app. .xls (BIFF5/8), .xlsb and .ods go through SheetJS (@e965/xlsx, the
 * 0.20.3 line with the security fixes); HWP 5.0 and HWPX documents through our own readers.
 */
import { isMetadataSheet } from '../../core/import/table-units';
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { AppError } from '../../core/errors';
import type { RawValue } from '../../core/import/cell-values';
import type { RawSheet } from '../../core/import/detect-table';
import type { DocumentTables } from '../../core/import/document-table';
import { readHwp5 } from '../handlers/import/hwp/hwp5';
import { readHwpx } from '../handlers/import/hwp/hwpx';

/** A legacy spreadsheet to read: only this sheet (the others are listed), within these counts. */
export interface LegacyRequest {
  path: string;
  sheet?: string;
  maxRows: number;
  maxCells: number;
}

/** A legacy spreadsheet's sheets, and the sheets cut at the row or cell cap. */
export interface LegacySheets {
  sheetNames: string[];
  sheets: RawSheet[];
  cut: { sheet: string; rows: number }[];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

function cellValue(cell: XLSX.CellObject | undefined): RawValue {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  if (cell.v instanceof Date) return iso(cell.v);
  if (typeof cell.v === 'boolean') return cell.v ? 'TRUE' : 'FALSE';
  if (cell.t === 'e') return cell.w ?? null;
  return cell.v;
}

function toRaw(name: string, ws: XLSX.WorkSheet, req: LegacyRequest, budget: { cells: number }): { sheet: RawSheet; cut: boolean | null } {
  const dense = (ws as unknown as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'] ?? [];
  const rows: RawValue[][] = [];
  let cut: boolean | null = null;
  for (let r = 0; r < dense.length; r++) {
    const src = dense[r] ?? [];
    if (rows.length >= req.maxRows || budget.cells + src.length > req.maxCells) {
      cut = true;
      break;
    }
    budget.cells += src.length;
    rows.push(Array.from(src, cellValue));
  }
  const merges = (ws['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  return { sheet: { name, rows, merges }, cut };
}

function readLegacySheets(req: LegacyRequest): LegacySheets {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(readFileSync(req.path), {
      type: 'buffer',
      dense: true,
      cellDates: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      sheetRows: req.maxRows + 1,
      sheets: req.sheet,
    });
  } catch (e) {
    // The library's own words (English) stay out of the message: the user sees what it means, in the UI's language.
    const message = (e as Error).message ?? String(e);
    throw new AppError(/password|encrypt/i.test(message) ? 'import.encrypted' : 'import.corrupt');
  }
  // A workbook stream SheetJS finds no sheet in is damaged (a real workbook has at least one sheet).
  if (wb.SheetNames.length === 0) throw new AppError('import.corrupt', 'no sheets');
  const budget = { cells: 0 };
  const sheets: RawSheet[] = [];
  const cut: { sheet: string; rows: number }[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    // A chosen sheet keeps its metadata sheets (the unit a KOSIS 메타정보 states), as the xlsx reader does.
    if (!ws || (req.sheet !== undefined && name !== req.sheet && !isMetadataSheet(name))) continue;
    const raw = toRaw(name, ws, req, budget);
    sheets.push(raw.sheet);
    if (raw.cut !== null) cut.push({ sheet: name, rows: raw.sheet.rows.length });
  }
  return { sheetNames: wb.SheetNames, sheets, cut };
}

/** The tables of an HWP 5.0 or HWPX document; anything but our own errors is a damaged document. */
async function readDocumentTables(req: { path: string; format: 'hwp' | 'hwpx' }): Promise<DocumentTables> {
  try {
    return req.format === 'hwp' ? readHwp5(readFileSync(req.path)) : await readHwpx(req.path);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('import.corrupt', String((e as Error).message ?? e).slice(0, 160));
  }
}

/** The operations a reader thread serves. */
export const readerOps = {
  legacySheets: async (req: LegacyRequest): Promise<LegacySheets> => readLegacySheets(req),
  documentTables: readDocumentTables,
};

/** A reader operation. */
export type ReaderOps = typeof readerOps;
