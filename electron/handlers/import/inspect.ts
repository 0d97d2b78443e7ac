/** What the importer understood of a file, as the CLI's `inspect --json` prints it and the preview shows it. */
import { cellText, readNumber, readYear, type RawValue } from '../../../core/import/cell-values';
import { detectTable, type DetectedTable, type RawSheet } from '../../../core/import/detect-table';
import type { ImportTable } from '../../../core/import/import-table';
import type { LoadedSpreadsheet } from './load-spreadsheet';

/** One table as reported. */
export interface TableReport {
  sheet: string;
  headerRow: number;
  firstDataRow: number | null;
  unit: string | null;
  kind: 'series' | 'list';
  columns: { name: string; field: string | null; type: string }[];
  rowCount: number;
  totals: { row: number; label: string; checked: boolean; mismatches: { column: string; total: number; sum: number }[] }[];
  warnings: string[];
  rows: (string | number | null)[][];
}

/** The whole report. */
export interface InspectReport {
  file: string;
  format: 'xlsx' | 'csv';
  encoding: string | null;
  sheets: string[];
  tables: TableReport[];
  skipped: { sheet: string; reason: string }[];
  warnings: string[];
}

/** A cell as imported: numbers as numbers (in the table's own unit), years as years, text trimmed. */
export function importedValue(raw: RawValue, type: string): string | number | null {
  if (type === 'number') {
    const n = readNumber(raw);
    return n.kind === 'number' ? n.value : n.kind === 'empty' ? null : cellText(raw);
  }
  if (type === 'year') return readYear(raw);
  const t = cellText(raw);
  return t === '' ? null : t;
}

/** Data rows as imported (per column), the first `limit` of them when given. */
export function importedRows(table: DetectedTable, limit = Infinity): { row: number; values: (string | number | null)[] }[] {
  return table.rows
    .slice(0, limit)
    .map((r) => ({ row: r.row, values: table.columns.map((c) => importedValue(r.cells[c.index] ?? null, c.type)) }));
}

/** Totals rows as imported, with their values per column. */
export function importedTotals(table: DetectedTable): ImportTable['totals'] {
  return table.totals.map(({ cells, ...t }) => ({ ...t, values: table.columns.map((c) => importedValue(cells[c.index] ?? null, c.type)) }));
}

/** A detected table as the preview and the CLI use it: every row's and totals row's values as imported. */
export function toImportTable(table: DetectedTable): ImportTable {
  return {
    sheet: table.sheet,
    headerRow: table.headerRow,
    firstDataRow: table.firstDataRow,
    unit: table.unit,
    kind: table.kind,
    orientation: table.orientation,
    columns: table.columns,
    rows: importedRows(table),
    totals: importedTotals(table),
    warnings: table.warnings,
  };
}

/** The sheet to import: the one asked for, else the first that holds a table; with its detected table and why not (if not). */
export function chooseSheet(
  loaded: LoadedSpreadsheet,
  options: { sheet?: string; headerRow?: number } = {},
): { sheet: string; table: DetectedTable; reason: string | null } {
  const detected = new Map<string, { table: DetectedTable; reason: string | null }>();
  const detect = (name: string) => {
    let d = detected.get(name);
    if (!d) {
      const sheet = loaded.sheets.find((s) => s.name === name)!;
      const table = detectTable(sheet, { headerRow: options.headerRow });
      d = { table, reason: skipReason(sheet, table) };
      detected.set(name, d);
    }
    return d;
  };
  const parsed = loaded.sheets.map((s) => s.name);
  const sheet =
    options.sheet && parsed.includes(options.sheet) ? options.sheet : (parsed.find((n) => detect(n).reason === null) ?? parsed[0]!);
  const { table, reason } = detect(sheet);
  const usable = options.headerRow !== undefined ? table.rows.length > 0 : reason === null;
  return { sheet, table, reason: usable ? null : (reason ?? 'no data rows') };
}

/** Why a sheet holds no importable table, or null if it does. */
export function skipReason(sheet: RawSheet, table: DetectedTable): string | null {
  if (table.rows.length === 0) return 'no data rows';
  const numeric = table.columns.some((c) => c.type === 'number' || c.type === 'year');
  if (!numeric && table.columns.length <= 2) return 'metadata or notes, not a table';
  return sheet.rows.length === 0 ? 'empty sheet' : null;
}

/** Reports a detected table with its first `limit` rows. */
export function reportTable(table: DetectedTable, limit: number): TableReport {
  return {
    sheet: table.sheet,
    headerRow: table.headerRow,
    firstDataRow: table.firstDataRow,
    unit: table.unit,
    kind: table.kind,
    columns: table.columns.map((c) => ({ name: c.name, field: c.field, type: c.type })),
    rowCount: table.rows.length,
    totals: table.totals.map(({ cells: _cells, ...t }) => t),
    warnings: table.warnings,
    rows: importedRows(table, limit).map((r) => r.values),
  };
}

/** Detects and reports every parsed sheet of a loaded file. */
export function inspectLoaded(loaded: LoadedSpreadsheet, options: { limit?: number; headerRow?: number } = {}): InspectReport {
  const tables: TableReport[] = [];
  const skipped: InspectReport['skipped'] = [];
  for (const sheet of loaded.sheets) {
    const table = detectTable(sheet, { headerRow: options.headerRow });
    const reason = skipReason(sheet, table);
    if (reason) skipped.push({ sheet: sheet.name, reason });
    else tables.push(reportTable(table, options.limit ?? 10));
  }
  return {
    file: loaded.file,
    format: loaded.format,
    encoding: loaded.encoding,
    sheets: loaded.sheetNames,
    tables,
    skipped,
    warnings: loaded.warnings,
  };
}
