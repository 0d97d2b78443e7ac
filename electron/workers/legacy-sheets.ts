/**
 * Worker thread: reads an .xls (BIFF5/8), .xlsb or .ods file with SheetJS (@e965/xlsx, the 0.20.3
 * line with the security fixes) into raw sheets. It runs in a worker so a malformed file that makes
 * the parser spin or balloon is stopped by its parent (time and memory limits), never the app.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import * as XLSX from '@e965/xlsx';
import type { RawValue } from '../../core/import/cell-values';
import type { RawSheet } from '../../core/import/detect-table';

/** What the parent asks. */
export interface LegacyRequest {
  path: string;
  /** Read only this sheet (the others are listed). */
  sheet?: string;
  maxRows: number;
  maxCells: number;
}

/** What the worker answers. */
export type LegacyResponse =
  | { ok: true; sheetNames: string[]; sheets: RawSheet[]; cut: { sheet: string; rows: number }[] }
  | { ok: false; error: 'corrupt' | 'encrypted' | 'tooLarge'; detail: string };

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

function read(req: LegacyRequest): LegacyResponse {
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
    const message = (e as Error).message ?? String(e);
    return { ok: false, error: /password|encrypt/i.test(message) ? 'encrypted' : 'corrupt', detail: message.slice(0, 160) };
  }
  // A workbook stream SheetJS finds no sheet in is damaged (a real workbook has at least one sheet).
  if (wb.SheetNames.length === 0) return { ok: false, error: 'corrupt', detail: 'no sheets' };
  const budget = { cells: 0 };
  const sheets: RawSheet[] = [];
  const cut: { sheet: string; rows: number }[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws || (req.sheet !== undefined && name !== req.sheet)) continue;
    const raw = toRaw(name, ws, req, budget);
    sheets.push(raw.sheet);
    if (raw.cut !== null) cut.push({ sheet: name, rows: raw.sheet.rows.length });
  }
  return { ok: true, sheetNames: wb.SheetNames, sheets, cut };
}

if (parentPort) parentPort.postMessage(read(workerData as LegacyRequest));
