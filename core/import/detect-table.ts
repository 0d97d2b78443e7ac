/**
 * Finds the table on a sheet as agencies publish it: title, date and unit rows above; one or two
 * header rows (merged cells flattened); data; totals rows (kept aside and checked); footnotes below.
 */
import type { CenterField } from '../types';
import { mapHeaders } from './center-fields';
import { cellAddress } from '../a1';
import { cellText, isBlank, isNonNumericText, readNumber, readYear, type RawValue } from './cell-values';
import { findUnit } from './units';

/** A sheet as a reader delivers it: rows of raw values and merged ranges (zero-based, inclusive). */
export interface RawSheet {
  name: string;
  rows: RawValue[][];
  merges: { top: number; left: number; bottom: number; right: number }[];
}

/** What a column holds. */
export type ColumnType = 'number' | 'text' | 'year' | 'date';

/** One column of a detected table. */
export interface DetectedColumn {
  /** Zero-based column on the sheet. */
  index: number;
  name: string;
  type: ColumnType;
  /** The year this column stands for (years-in-columns series), else null. */
  year: number | null;
  field: CenterField | null;
}

/** A data row: its one-based sheet row and its values per column (group labels filled down). */
export interface DataRow {
  row: number;
  cells: RawValue[];
}

/** A totals row, kept out of the data and checked against it. */
export interface TotalRow {
  row: number;
  label: string;
  /** Columns where the data does not add up to the total: name, total, sum of the data. */
  mismatches: { column: string; total: number; sum: number }[];
  checked: boolean;
  /** The row's cells as read (its values, for a totals row that becomes a group). */
  cells: RawValue[];
}

/** The table found on a sheet. Row numbers are one-based, as the user sees them. */
export interface DetectedTable {
  sheet: string;
  headerRow: number;
  headerRows: 1 | 2;
  firstDataRow: number | null;
  unit: string | null;
  kind: 'series' | 'list';
  orientation: 'years-in-columns' | 'years-in-rows' | null;
  columns: DetectedColumn[];
  rows: DataRow[];
  totals: TotalRow[];
  warnings: string[];
}

const TOTAL_WORDS = new Set([
  '계',
  '합계',
  '총계',
  '소계',
  '총합계',
  '전체',
  '전국',
  '전체평균',
  '총액',
  '합',
  'total',
  'subtotal',
  'sum',
  'grandtotal',
]);
const FOOTNOTE = /^(\*|※|주\s*[:：)]|주\d*[)）]|자료\s*[:：]|출처\s*[:：]|source\s*:|note\s*:|註)/i;

const isEmptyRow = (r: RawValue[] | undefined) => !r || r.every(isBlank);
const nonEmpty = (r: RawValue[]) => r.filter((v) => !isBlank(v));
const firstNonEmpty = (r: RawValue[]): RawValue => r.find((v) => !isBlank(v)) ?? null;
const isNumberish = (v: RawValue) => readNumber(v).kind === 'number' && readYear(v) === null;
const isTotalLabel = (s: string) => s.length > 0 && s.length <= 16 && TOTAL_WORDS.has(s.replace(/\s/g, '').toLowerCase());

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

function looksLikeHeader(row: RawValue[]): boolean {
  const cells = nonEmpty(row);
  if (cells.length < 2) return false;
  const labels = cells.filter((v) => !isNumberish(v)).length;
  return labels >= Math.max(2, Math.ceil(cells.length * 0.6));
}

function guessHeaderRow(rows: RawValue[][]): number {
  const limit = Math.min(rows.length, 40);
  for (let r = 0; r < limit; r++) {
    if (!looksLikeHeader(rows[r]!)) continue;
    // A header is followed (within a few rows) by a row that has numbers or at least as many values.
    for (let k = r + 1; k < Math.min(rows.length, r + 4); k++) {
      const next = rows[k]!;
      if (isEmptyRow(next)) continue;
      if (next.some(isNumberish) || nonEmpty(next).length >= nonEmpty(rows[r]!).length) return r;
      break;
    }
  }
  const first = rows.findIndex((r) => nonEmpty(r).length >= 2);
  return first < 0 ? 0 : first;
}

/** Whether the row under the header is a second header row (labels under merged group labels). */
function isSecondHeader(rows: RawValue[][], h: number, sheet: RawSheet): boolean {
  const below = rows[h + 1];
  if (!below || !looksLikeHeader(below) || below.some(isNumberish)) return false;
  const merged = sheet.merges.some((m) => m.top === h && m.right > m.left);
  const gaps = rows[h]!.some((v, c) => isBlank(v) && !isBlank(below[c] ?? null));
  return merged || gaps;
}

function columnType(values: RawValue[], header: string): ColumnType {
  // One pass per value: count what each filled cell reads as.
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

/** Detects the table on a sheet; `headerRow` (one-based) overrides the guess. */
export function detectTable(sheet: RawSheet, options: { headerRow?: number } = {}): DetectedTable {
  const width = usedWidth(sheet.rows);
  const rows = expandMerges(sheet, width);
  const warnings: string[] = [];
  const h =
    options.headerRow !== undefined ? Math.min(Math.max(0, options.headerRow - 1), Math.max(0, rows.length - 1)) : guessHeaderRow(rows);
  const two = options.headerRow === undefined && isSecondHeader(rows, h, sheet);
  const last = two ? h + 1 : h;
  const names = Array.from({ length: width }, (_, c) => {
    const top = cellText(rows[h]?.[c] ?? null);
    const bottom = two ? cellText(rows[h + 1]?.[c] ?? null) : '';
    if (top && bottom && !bottom.includes(top)) return `${top} ${bottom}`;
    return bottom || top || cellAddress(last, c).replace(/\d+$/, '');
  });

  // Data: below the header, blank rows skipped, ending at the first footnote.
  const body: { row: number; cells: RawValue[] }[] = [];
  for (let r = last + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (isEmptyRow(row)) continue;
    const first = cellText(firstNonEmpty(row));
    if (/^[*※주자출sSnN註(]/.test(first) && (FOOTNOTE.test(first) || (nonEmpty(row).length === 1 && /^\(?\s*(단위|자료|출처)/.test(first))))
      break;
    body.push({ row: r + 1, cells: row });
  }

  const sample = typeSample(body);
  const types = names.map((n, c) =>
    columnType(
      sample.map((b) => b.cells[c] ?? null),
      n,
    ),
  );
  const years = names.map((n) => readYear(n) ?? readYear(n.split(' ')[0] ?? ''));
  const firstNumeric = types.findIndex((t) => t === 'number');
  const keyCols = Array.from({ length: firstNumeric < 0 ? width : firstNumeric }, (_, c) => c).filter(
    (c) => types[c] !== 'number' && years[c] === null,
  );

  // Group labels written once per block (KOSIS): fill down the leading key column (on copies: the sheet stays as read).
  if (keyCols.length > 1) {
    const c = keyCols[0]!;
    let current: RawValue = null;
    for (const b of body) {
      if (isBlank(b.cells[c] ?? null)) {
        if (current !== null) {
          b.cells = [...b.cells];
          b.cells[c] = current;
        }
      } else current = b.cells[c] ?? null;
    }
  }

  const label = (b: { cells: RawValue[] }) =>
    keyCols
      .map((c) => cellText(b.cells[c] ?? null))
      .filter(Boolean)
      .join(' ');
  const isTotal = (b: { cells: RawValue[] }) => keyCols.some((c) => isTotalLabel(cellText(b.cells[c] ?? null)));
  const data = body.filter((b) => !isTotal(b));
  const numericCols = names.map((_, c) => c).filter((c) => types[c] === 'number');

  const totals: TotalRow[] = body.filter(isTotal).map((t) => {
    const group = keyCols.length > 1 ? cellText(t.cells[keyCols[0]!] ?? null) : '';
    const members = group && !isTotalLabel(group) ? data.filter((d) => cellText(d.cells[keyCols[0]!] ?? null) === group) : data;
    const averaged = /평균|average|mean/i.test(label(t));
    const mismatches: TotalRow['mismatches'] = [];
    if (!averaged) {
      for (const c of numericCols) {
        const total = readNumber(t.cells[c] ?? null);
        if (total.kind !== 'number') continue;
        const sum = members.reduce((s, d) => {
          const v = readNumber(d.cells[c] ?? null);
          return v.kind === 'number' ? s + v.value : s;
        }, 0);
        if (Math.abs(sum - total.value) > Math.max(1, Math.abs(total.value) * 1e-3))
          mismatches.push({ column: names[c]!, total: total.value, sum });
      }
    }
    return { row: t.row, label: label(t), mismatches, checked: !averaged, cells: t.cells };
  });
  for (const t of totals) {
    for (const m of t.mismatches.slice(0, 3)) {
      warnings.push(
        `totals row ${t.row} (${t.label}): ${m.column} is ${m.total} but the rows above add up to ${Math.round(m.sum * 1000) / 1000}`,
      );
    }
  }

  // Text where a number belongs, with its cell address.
  for (const c of numericCols) {
    for (const d of data) {
      if (isNonNumericText(d.cells[c] ?? null))
        warnings.push(`${cellAddress(d.row - 1, c)}: '${cellText(d.cells[c] ?? null)}' is not a number`);
    }
  }

  // Unit: a "단위" note above the table, then the headers, then the key cells of the data.
  const above = rows.slice(0, h).flat().map(cellText).filter(Boolean);
  const unit =
    above.map(findUnit).find((u) => u !== null) ??
    names
      .filter((_, c) => types[c] === 'number' || years[c] !== null)
      .map(findUnit)
      .find((u) => u !== null) ??
    names.map(findUnit).find((u) => u !== null) ??
    data
      .slice(0, 3)
      .flatMap((d) => keyCols.map((c) => findUnit(cellText(d.cells[c] ?? null))))
      .find((u) => u !== null) ??
    null;

  const yearCols = years.filter((y) => y !== null).length;
  // Years in rows: the leftmost column holds a different year on every row, and numbers sit beside it.
  const lead = names.findIndex((_, c) => body.some((b) => !isBlank(b.cells[c] ?? null)));
  const leadYears = data.map((d) => readYear(d.cells[lead] ?? null));
  const rowYears =
    lead >= 0 &&
    data.length > 1 &&
    numericCols.some((c) => c !== lead) &&
    leadYears.every((y) => y !== null) &&
    new Set(leadYears).size === leadYears.length;
  const orientation = yearCols >= 2 ? 'years-in-columns' : rowYears ? 'years-in-rows' : null;
  // A field only fits a column of its kind: names and places are text, years and counts are numbers.
  const fits = (f: CenterField | null, c: number) =>
    f === 'established' || f === 'equipment' ? types[c] === 'number' || types[c] === 'year' : types[c] === 'text';
  const fields = orientation ? names.map(() => null) : mapHeaders(names).map((f, c) => (fits(f, c) ? f : null));

  return {
    sheet: sheet.name,
    headerRow: last + 1,
    headerRows: two ? 2 : 1,
    firstDataRow: body[0]?.row ?? null,
    unit,
    kind: orientation ? 'series' : 'list',
    orientation,
    columns: names.map((name, c) => ({
      index: c,
      name,
      type: years[c] !== null && orientation === 'years-in-columns' ? (types[c] === 'text' ? 'text' : 'number') : types[c]!,
      year: orientation === 'years-in-columns' ? years[c]! : null,
      field: fields[c] ?? null,
    })),
    rows: data,
    totals,
    warnings,
  };
}
