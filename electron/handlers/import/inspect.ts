/** What the importer understood of a file, as the CLI's `inspect --json` prints it and the preview shows it. */
import { cellText, plainNumber, readNumber, readYear, type RawValue } from '../../../core/import/cell-values';
import { detectTable, type DetectContext, type DetectedTable, type RawSheet } from '../../../core/import/detect-table';
import { isFigureColumn, type ImportTable } from '../../../core/import/import-table';
import type { ListRows } from '../../../core/import/to-workbook';
import { importWarningText, skipReasonText, type ImportWarning, type SkipReason } from '../../../core/import/import-warnings';
import { isMetadataSheet, metadataUnit } from '../../../core/import/table-units';
import { PREVIEW_ROWS, type SpreadsheetFormat } from '../../../core/ipc-contract';
import type { Lang } from '../../../core/types';
import type { LoadedSpreadsheet } from './load-spreadsheet';

/** One table as reported. */
export interface TableReport {
  sheet: string;
  headerRow: number;
  /** Every header row (one-based), top to bottom. */
  headerRows: number[];
  firstDataRow: number | null;
  unit: string | null;
  unitSource: string | null;
  kind: 'series' | 'list';
  snapshotYear: number | null;
  snapshotPeriod: string | null;
  columns: {
    name: string;
    field: string | null;
    confidence: string | null;
    type: string;
    period: string | null;
    unit: string | null;
    unitSource: string | null;
  }[];
  rowCount: number;
  totals: { row: number; label: string; checked: boolean; mismatches: { column: string; total: number; sum: number }[] }[];
  /** Warnings in the report's language. */
  warnings: string[];
  /** The same warnings as codes with parameters. */
  warningCodes: ImportWarning[];
  rows: (string | number | null)[][];
  /** For each returned row, its labels joined with its group ("서울특별시 · 여자"). */
  rowKeys: string[];
  /** A document's table: its caption, the paragraphs just above it, its size, and whether it is a layout box. */
  caption?: string;
  context?: string[];
  size?: { rows: number; cols: number };
  layout?: boolean;
  nested?: boolean;
}

/** The whole report. */
export interface InspectReport {
  file: string;
  format: SpreadsheetFormat;
  encoding: string | null;
  sheets: string[];
  tables: TableReport[];
  skipped: { sheet: string; reason: string; code: SkipReason }[];
  warnings: string[];
}

/** A cell as imported: numbers as numbers (in their own unit), years as years, text trimmed. */
function importedValue(raw: RawValue, type: string): string | number | null {
  if (type === 'number') {
    const plain = plainNumber(raw);
    if (plain !== undefined) return plain;
    const n = readNumber(raw);
    return n.kind === 'number' ? n.value : n.kind === 'empty' ? null : cellText(raw);
  }
  if (type === 'year') return readYear(raw);
  const t = cellText(raw);
  return t === '' ? null : t;
}

/** Data rows as imported (per column): `count` of them from `start` (all by default). */
export function importedRows(table: DetectedTable, start = 0, count = Infinity): ImportTable['rows'] {
  return table.rows.slice(start, start + count).map((r) => ({
    row: r.row,
    values: table.columns.map((c) => importedValue(r.cells[c.index] ?? null, c.type)),
    key: r.key,
    unit: r.unit,
  }));
}

/** The table's rows as a list import reads them: each value imported when it is read, no row built whole. */
export function listRows(table: DetectedTable): ListRows {
  const { rows, columns } = table;
  return {
    length: rows.length,
    row: (i) => rows[i]!.row,
    value: (i, c) => importedValue(rows[i]!.cells[columns[c]!.index] ?? null, columns[c]!.type),
  };
}

/** Totals rows as imported, with their values per column (and their members where the table can become series). */
function importedTotals(table: DetectedTable): ImportTable['totals'] {
  // A list of 100,000 centers under a 계 row would carry every row number: members matter only for series.
  const few = table.rows.length <= PREVIEW_ROWS;
  return table.totals.map(({ cells, members, ...t }) => ({
    ...t,
    members: few ? members : [],
    values: table.columns.map((c) => importedValue(cells[c.index] ?? null, c.type)),
  }));
}

/** What the preview and the CLI's report both say about a table: where it is, its unit, its kind and period. */
const tableHead = (table: DetectedTable) => ({
  sheet: table.sheet,
  headerRow: table.headerRow,
  headerRows: table.headerRows,
  firstDataRow: table.firstDataRow,
  unit: table.unit,
  unitSource: table.unitSource,
  kind: table.kind,
  snapshotYear: table.snapshotYear,
  snapshotPeriod: table.snapshotPeriod,
});

/** A detected table as the preview and the CLI use it: its rows' (the first `limit`, by default all) and totals rows' values as imported. */
export function toImportTable(table: DetectedTable, limit = Infinity): ImportTable {
  return {
    ...tableHead(table),
    orientation: table.orientation,
    columns: table.columns,
    rowCount: table.rows.length,
    stats: table.stats,
    rows: importedRows(table, 0, limit),
    totals: importedTotals(table),
    warnings: table.warnings,
  };
}

/** What the file's other sheets say about its tables: a unit stated on a metadata sheet. */
function fileContext(loaded: LoadedSpreadsheet): DetectContext {
  for (const sheet of loaded.sheets) {
    if (!isMetadataSheet(sheet.name)) continue;
    const unit = metadataUnit(sheet.rows);
    if (unit) return { metadataUnit: unit };
  }
  return {};
}

/**
 * Why a sheet holds no importable table, or null if it does. A narrow all-text sheet beside others is
 * taken for notes (a KOSIS 메타정보 sheet); the only sheet of a file is the list the user means to import.
 */
function skipReason(sheet: RawSheet, table: DetectedTable, sheets: number): SkipReason | null {
  if (sheet.rows.length === 0) return 'emptySheet';
  if (table.rows.length === 0) return 'noData';
  const numeric = table.columns.some((c) => isFigureColumn(c.type));
  if (isMetadataSheet(sheet.name) || (sheets > 1 && !numeric && table.columns.length <= 2)) return 'metadata';
  return null;
}

/** The sheet to import: the one asked for, else the first that holds a table; with its detected table and why not (if not). */
export function chooseSheet(
  loaded: LoadedSpreadsheet,
  options: { sheet?: string; headerRow?: number } = {},
): { sheet: string; table: DetectedTable; reason: SkipReason | null } {
  const context = fileContext(loaded);
  const detected = new Map<string, { table: DetectedTable; reason: SkipReason | null }>();
  const detect = (name: string) => {
    let d = detected.get(name);
    if (!d) {
      const sheet = loaded.sheets.find((s) => s.name === name)!;
      const table = detectTable(sheet, { headerRow: options.headerRow }, context);
      d = { table, reason: skipReason(sheet, table, loaded.sheets.length) };
      detected.set(name, d);
    }
    return d;
  };
  const parsed = loaded.sheets.map((s) => s.name);
  const sheet =
    options.sheet && parsed.includes(options.sheet) ? options.sheet : (parsed.find((n) => detect(n).reason === null) ?? parsed[0]!);
  const { table, reason } = detect(sheet);
  const usable = options.headerRow !== undefined ? table.rows.length > 0 : reason === null;
  return { sheet, table, reason: usable ? null : (reason ?? 'noData') };
}

/** Reports a detected table with its first `limit` rows. */
function reportTable(table: DetectedTable, limit: number, lang: Lang): TableReport {
  const rows = importedRows(table, 0, limit);
  return {
    ...tableHead(table),
    columns: table.columns.map((c) => ({
      name: c.name,
      field: c.field,
      confidence: c.confidence,
      type: c.type,
      period: c.period,
      unit: c.unit,
      unitSource: c.unitSource,
    })),
    rowCount: table.rows.length,
    totals: table.totals.map(({ cells: _cells, members: _members, ...t }) => t),
    warnings: table.warnings.map((w) => importWarningText(lang, w)),
    warningCodes: table.warnings,
    rows: rows.map((r) => r.values),
    rowKeys: rows.map((r) => r.key),
  };
}

/** What a document adds about a table: caption, context, size and kind. */
function documentFields(loaded: LoadedSpreadsheet, sheet: RawSheet): Partial<TableReport> {
  const info = loaded.documentTables?.find((d) => d.sheet === sheet.name);
  if (!info) return {};
  return {
    caption: info.caption,
    context: info.context,
    size: { rows: info.rows, cols: info.cols },
    layout: info.layout,
    nested: info.nested,
  };
}

/** Detects and reports every parsed sheet of a loaded file. */
export function inspectLoaded(loaded: LoadedSpreadsheet, options: { limit?: number; headerRow?: number; lang?: Lang } = {}): InspectReport {
  const lang = options.lang ?? 'ko';
  const context = fileContext(loaded);
  const tables: TableReport[] = [];
  const skipped: InspectReport['skipped'] = [];
  for (const sheet of loaded.sheets) {
    const table = detectTable(sheet, { headerRow: options.headerRow }, context);
    const reason = skipReason(sheet, table, loaded.sheets.length);
    // A document lists every table (layout boxes too, marked so); a workbook skips sheets without one.
    if (reason && !loaded.documentTables) skipped.push({ sheet: sheet.name, reason: skipReasonText(lang, reason), code: reason });
    else tables.push({ ...reportTable(table, options.limit ?? 10, lang), ...documentFields(loaded, sheet) });
  }
  return {
    file: loaded.file,
    format: loaded.format,
    encoding: loaded.encoding,
    sheets: loaded.sheetNames,
    tables,
    skipped,
    warnings: loaded.warnings.map((w) => importWarningText(lang, w)),
  };
}
