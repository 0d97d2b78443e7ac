/**
 * Finds the table on a sheet as agencies publish it: titles, dates and unit notes above (merged or
 * not); a header of one to three levels (header-block.ts); data with group labels written once per
 * block, totals anywhere and footnotes or source lines below (row-structure.ts); units from wherever
 * the file states them (table-units.ts). Everything here is pure: readers deliver raw rows.
 */
import { cellAddress } from '../a1';
import type { CenterField } from '../types';
import { cellText, isBlank, isNonNumericText, plainNumber, readNumber, readYear, type RawValue } from './cell-values';
import { fitsField, mapHeaders } from './center-fields';
import type { ColumnStats, ColumnType, ImportColumn } from './import-table';
import { columnHeaders, findHeaderRows, type Merge } from './header-block';
import type { ImportWarning } from './import-warnings';
import { bodyRows, fillGroups, rowKey, splitTotals, type BodyRow, type TotalRow } from './row-structure';
import { itemUnits, noteUnit, resolveUnits, type UnitSource } from './table-units';

export type { TotalRow } from './row-structure';

/** A sheet as a reader delivers it: rows of raw values and merged ranges (zero-based, inclusive). */
export interface RawSheet {
  name: string;
  rows: RawValue[][];
  merges: Merge[];
}

/** What a column holds. */

/** One column of a detected table: the same fields the preview shows (import-table.ts). */
export type DetectedColumn = ImportColumn;

/** A data row: its one-based sheet row, its cells (group labels filled down), its key and the unit its labels carry. */
export type DataRow = BodyRow;

/** The table found on a sheet. Row numbers are one-based, as the user sees them. */
export interface DetectedTable {
  sheet: string;
  /** The last header row. */
  headerRow: number;
  /** Every header row, top to bottom. */
  headerRows: number[];
  firstDataRow: number | null;
  unit: string | null;
  unitSource: UnitSource | null;
  kind: 'series' | 'list';
  orientation: 'years-in-columns' | 'years-in-rows' | null;
  /** A table of one period ("(2010.11월 누계 기준)"): its year, when the lines above state it. */
  snapshotYear: number | null;
  /** The period as the document states it, when it is not the whole year ("2011.10월 누계 기준/잠정"). */
  snapshotPeriod: string | null;
  columns: DetectedColumn[];
  rows: DataRow[];
  /** Per column: filled cells and the range of its numbers (or years), over every data row. */
  stats: ColumnStats[];
  totals: TotalRow[];
  warnings: ImportWarning[];
}

/** What else the file says about this sheet's table. */
export interface DetectContext {
  /** The unit a metadata sheet of the same file states. */
  metadataUnit?: string | null;
}

/** Copies each merged range's top-left value into the whole range (copying only the rows merges touch). */
function expandMerges(sheet: RawSheet, width: number): RawValue[][] {
  if (sheet.merges.length === 0) return sheet.rows;
  const rows = [...sheet.rows];
  const copied = new Set<number>();
  for (const m of sheet.merges) {
    const v = rows[m.top]?.[m.left] ?? null;
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      if (!copied.has(r)) {
        rows[r] = Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? null);
        copied.add(r);
      }
      for (let c = m.left; c <= m.right && c < width; c++) rows[r]![c] = v;
    }
  }
  return rows;
}

/** Rows used to decide column types: all of a small table, else the first 1,000 and 1,000 spread over the rest. */
function typeSample<T>(rows: readonly T[]): readonly T[] {
  if (rows.length <= 2000) return rows;
  const step = (rows.length - 1000) / 1000;
  return [...rows.slice(0, 1000), ...Array.from({ length: 1000 }, (_, i) => rows[1000 + Math.floor(i * step)]!)];
}

/** Width of the table: up to the last column that has any value (a sheet with 1,000 empty columns is 1 wide). */
function usedWidth(rows: RawValue[][]): number {
  let w = 0;
  for (const r of rows) for (let c = r.length - 1; c >= w; c--) if (!isBlank(r[c] ?? null)) w = c + 1;
  return w;
}

function columnType(values: RawValue[], header: string): ColumnType {
  let filled = 0;
  let numbers = 0;
  let years = 0;
  let dates = 0;
  for (const v of values) {
    if (isBlank(v)) continue;
    const n = readNumber(v);
    if (n.kind === 'empty') continue;
    filled++;
    if (n.kind === 'number') {
      numbers++;
      if (Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100) years++;
    } else if (typeof v === 'string' && /^\d{4}[-./]\d{1,2}([-./]\d{1,2})?\.?$/.test(v.trim())) dates++;
    else if (readYear(v) !== null) years++;
  }
  if (filled === 0) return 'text';
  if (years === filled && /연도|년도|year|^연$|^년$/i.test(header)) return 'year';
  if (dates >= filled * 0.8) return 'date';
  return numbers >= filled * 0.6 ? 'number' : 'text';
}

/**
 * One pass over the data, row by row (each row's cells lie together): each column's filled cells and
 * the range of a number or year column, and each text where a number belongs (told to `onText`).
 */
function scanColumns(
  data: readonly { row: number; cells: RawValue[] }[],
  width: number,
  types: readonly ColumnType[],
  onText: (row: { row: number; cells: RawValue[] }, col: number) => void,
): ColumnStats[] {
  const filled = new Array<number>(width).fill(0);
  const min = new Array<number>(width).fill(Infinity);
  const max = new Array<number>(width).fill(-Infinity);
  for (const d of data) {
    for (let c = 0; c < width; c++) {
      const raw = d.cells[c] ?? null;
      if (isBlank(raw)) continue;
      filled[c]!++;
      const type = types[c];
      if (type !== 'number' && type !== 'year') continue;
      // Readers hand over most figures as numbers; the rest are read as the import reads them.
      const v = typeof raw === 'number' ? raw : type === 'year' ? readYear(raw) : (plainNumber(raw) ?? numberIn(raw));
      if (v === null || v === undefined) {
        if (type === 'number' && isNonNumericText(raw)) onText(d, c);
        continue;
      }
      if (!Number.isFinite(v)) continue;
      if (v < min[c]!) min[c] = v;
      if (v > max[c]!) max[c] = v;
    }
  }
  return filled.map((n, c) => ({ filled: n, min: min[c]! <= max[c]! ? min[c]! : null, max: min[c]! <= max[c]! ? max[c]! : null }));
}

/** The number a cell reads as (△120, 12.5%, １２), or null. */
const numberIn = (raw: RawValue): number | null => {
  const n = readNumber(raw);
  return n.kind === 'number' ? n.value : null;
};

/** Series have years across the columns (two or more), or a year per row in the leading column. */
function orientationOf(
  headers: { year: number | null }[],
  data: { cells: RawValue[] }[],
  numericCols: number[],
): DetectedTable['orientation'] {
  if (headers.filter((h) => h.year !== null).length >= 2) return 'years-in-columns';
  const lead = headers.findIndex((_, c) => data.some((b) => !isBlank(b.cells[c] ?? null)));
  if (lead < 0 || data.length < 2 || !numericCols.some((c) => c !== lead)) return null;
  // Every row a different year; stops at the first row that is not (a list of 100,000 rows stops at once).
  const seen = new Set<number>();
  for (const d of data) {
    const y = readYear(d.cells[lead] ?? null);
    if (y === null || seen.has(y)) return null;
    seen.add(y);
  }
  return 'years-in-rows';
}

/** The year a title or note line states for the table ("(2010.11월 누계 기준)", "2024년 1분기"), nearest line first. */
function periodOf(lines: readonly RawValue[][]): { year: number; text: string; partial: boolean } | null {
  for (const line of [...lines].reverse()) {
    for (const v of line) {
      const text = cellText(v);
      const m = /(?:^|[^\d])((?:19|20)\d{2})\s*(?:년|\.\s*\d{1,2}\s*월|\.\s*\d{1,2}\b|\s*[-–~]|\))/.exec(text);
      if (!m) continue;
      // A month, a cumulative or provisional figure ("2011.10월 누계 기준/잠정"), a quarter or a half: not the whole year.
      const partial = /\d\s*\.\s*\d{1,2}|\d{1,2}\s*월|누계|잠정|분기|반기|상반기|하반기|\d\s*\/\s*4|\bQ[1-4]\b|[1-4]Q/i.test(text);
      return { year: Number(m[1]), text: text.replace(/^[(（<〈\s]+|[)）>〉\s]+$/g, '').trim(), partial };
    }
  }
  return null;
}

/** Detects the table on a sheet; `headerRow` (one-based) overrides the guessed last header row. */
export function detectTable(sheet: RawSheet, options: { headerRow?: number } = {}, context: DetectContext = {}): DetectedTable {
  const width = usedWidth(sheet.rows);
  const rows = expandMerges(sheet, width);
  const headerRows = findHeaderRows(rows, sheet.rows, sheet.merges, options.headerRow);
  const last = headerRows[headerRows.length - 1]!;
  const headers = columnHeaders(rows, headerRows, width, (c) => cellAddress(last, c).replace(/\d+$/, ''));
  const names = headers.map((h) => h.name);

  const body = bodyRows(rows, last + 1);
  const sample = typeSample(body);
  const types = names.map((n, c) =>
    columnType(
      sample.map((b) => b.cells[c] ?? null),
      n,
    ),
  );
  const firstNumeric = types.findIndex((t) => t === 'number');
  const keyCols = Array.from({ length: firstNumeric < 0 ? width : firstNumeric }, (_, c) => c).filter(
    (c) => types[c] !== 'number' && headers[c]!.year === null,
  );
  // Group labels are filled down only in tables of figures (a list's blank cell is just blank).
  if (firstNumeric >= 0) fillGroups(body, keyCols);
  const numericCols = names.map((_, c) => c).filter((c) => types[c] === 'number');
  const { data, totals, warnings } = splitTotals(
    body,
    keyCols,
    numericCols.map((c) => ({ index: c, name: names[c]! })),
    (cells) => itemUnits([cells], keyCols)[0] ?? null,
  );

  // Text where a number belongs, with its cell address (a note merged across the figures is not a figure).
  const spread = (r: number, c: number) =>
    sheet.merges.some((m) => m.right > m.left && m.top <= r && r <= m.bottom && m.left <= c && c <= m.right);
  const stats = scanColumns(data, width, types, (d, c) => {
    if (warnings.length < 60 && !spread(d.row - 1, c))
      warnings.push({ code: 'notNumber', cell: cellAddress(d.row - 1, c), text: cellText(d.cells[c] ?? null) });
  });

  const orientation = orientationOf(headers, data, numericCols);
  const valueCols = numericCols.filter((c) => orientation !== 'years-in-rows' || types[c] !== 'year');
  const items = itemUnits(
    data.map((d) => d.cells),
    keyCols,
  );
  // Notes just under the table can state the unit too.
  const after = body.length > 0 ? body[body.length - 1]!.row : last + 1;
  const trailing = sheet.rows.slice(after, after + 6);
  const units = resolveUnits(
    {
      headers: headers.map((h) => h.unit),
      keyHeader: keyCols.map((c) => headers[c]!.unit).find((u) => u !== null) ?? null,
      // Nearest first: the caption or the line just above the table before an earlier note.
      note: noteUnit([...sheet.rows.slice(0, headerRows[0]).reverse(), ...trailing]),
      items,
      metadata: context.metadataUnit ?? null,
    },
    valueCols,
  );

  // A field only fits a column of its kind: names and places are text, years and counts are numbers.
  const mapping = orientation ? names.map(() => null) : mapHeaders(names);
  // A table of figures without years, whose title states its period, is a snapshot of that year.
  const named = mapping.some((m) => m?.field === 'name');
  const snapshot =
    orientation === null && !named && numericCols.length > 0 && keyCols.length > 0 ? periodOf(sheet.rows.slice(0, headerRows[0])) : null;
  const fits = (f: CenterField, c: number) => fitsField(f, types[c]!);
  // A list's rows are known by their name column; a list of records without one (fire reports) has no row labels.
  const nameCol = mapping.findIndex((m, c) => m?.field === 'name' && fits('name', c));
  const labelCols = firstNumeric >= 0 && keyCols.length > 0 ? keyCols : nameCol >= 0 ? [nameCol] : [];

  data.forEach((d, i) => {
    d.key = rowKey(d.cells, labelCols);
    d.unit = items[i] ?? null;
  });
  return {
    sheet: sheet.name,
    headerRow: last + 1,
    headerRows: headerRows.map((r) => r + 1),
    firstDataRow: body[0]?.row ?? null,
    unit: units.table?.unit ?? null,
    unitSource: units.table?.source ?? null,
    kind: orientation || snapshot !== null ? 'series' : 'list',
    orientation,
    snapshotYear: snapshot?.year ?? null,
    snapshotPeriod: snapshot?.partial ? snapshot.text : null,
    columns: headers.map((h, c) => {
      const m = mapping[c] && fits(mapping[c].field, c) ? mapping[c] : null;
      return {
        index: c,
        name: h.name,
        type: h.year !== null && orientation === 'years-in-columns' ? (types[c] === 'text' ? 'text' : 'number') : types[c]!,
        year: orientation === 'years-in-columns' ? h.year : null,
        period: h.period,
        measure: h.measure,
        field: m?.field ?? null,
        confidence: m?.confidence ?? null,
        unit: units.columns[c]?.unit ?? null,
        unitSource: units.columns[c]?.source ?? null,
      };
    }),
    rows: data,
    stats,
    totals,
    warnings,
  };
}
