/**
 * Long tables of the national budget book (열린재정 "세부사업 예산편성현황", dBrain, data.go.kr and KOSIS
 * long downloads): one row per item per year, the hierarchy in key columns, amounts in stage columns
 * (정부안, 국회확정) as text with separators, in 천원. This module recognises the shape and pivots it into
 * a tree of items with a value per stage and year, in the workbook's unit; `budget/budget-import` makes
 * the series of it.
 */
import { parseNumberInput } from '../format';
import { unitConverter } from '../units';
import type { ListRows } from './to-workbook';

/** A cell as the readers give it. */
export type LongCell = string | number | null;

/** What the recogniser found: the year column, key columns (text) and amount columns (numbers), by index. */
export interface LongTableShape {
  yearCol: number;
  keyCols: number[];
  amountCols: number[];
}

const YEAR_HEADER = /^(회계\s*연도|기준\s*연도|연도|년도|year|fiscal\s*year)$/i;
/** The budget book's levels, top down, by how their headers begin (소관명, 프로그램명…). */
const LEVELS = ['소관', '프로그램', '단위사업', '세부사업'];
/** Row numbers are numbers but not amounts. */
const ROW_NUMBER = /^(no\.?|번호|순번|연번)$/i;

const header = (h: LongCell | undefined) => String(h ?? '').trim();
/** A stage's name from its amount header: 정부안금액(천원) → 정부안, 국회확정금액(천원) → 국회확정. */
export const stageName = (h: LongCell | undefined): string =>
  header(h)
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s*금액$/, '') || header(h);
const asNumber = (c: LongCell): number | null =>
  typeof c === 'number' ? c : typeof c === 'string' && c.trim() !== '' ? parseNumberInput(c) : null;
const isYear = (c: LongCell) => {
  const n = asNumber(c);
  return n !== null && Number.isInteger(n) && n >= 1900 && n <= 2200;
};

/** The shape of a long table, or null when the table is not one (no year column, no keys or no amounts). */
export function detectLongTable(headers: readonly LongCell[], rows: readonly (readonly LongCell[])[]): LongTableShape | null {
  const filled = (col: number) => rows.map((r) => r[col] ?? null).filter((c) => c !== null && String(c).trim() !== '');
  const yearCol = headers.findIndex((h, col) => YEAR_HEADER.test(header(h)) && filled(col).length > 0 && filled(col).every(isYear));
  if (yearCol < 0) return null;
  const keyCols: number[] = [];
  const amountCols: number[] = [];
  headers.forEach((h, col) => {
    if (col === yearCol || ROW_NUMBER.test(header(h))) return;
    const cells = filled(col);
    if (cells.length === 0) return keyCols.push(col); // 계정명 is often blank: a key all the same
    const numbers = cells.filter((c) => asNumber(c) !== null && !Number.isNaN(asNumber(c))).length;
    (numbers === cells.length ? amountCols : keyCols).push(col);
  });
  return keyCols.length > 0 && amountCols.length > 0 ? { yearCol, keyCols, amountCols } : null;
}

/** The default hierarchy: the budget book's levels where the table has them (소관 › 프로그램 › 단위사업 › 세부사업), else every key column. */
export function defaultLevels(headers: readonly LongCell[], shape: LongTableShape): number[] {
  const byLevel = LEVELS.map((l) => shape.keyCols.find((c) => header(headers[c]).startsWith(l))).filter((c) => c !== undefined);
  return byLevel.length >= 2 ? byLevel : shape.keyCols;
}

/**
 * One item of the tree: its path of names, and per year of the pivot (`LongPivot.years`) the row its
 * values come from and a value per stage. Typed arrays, not maps: a whole government is 8,000 items ×
 * ten years, and maps per item made half the pivot's time.
 */
export interface LongItem {
  path: string[];
  /** Per year (index into `LongPivot.years`): the index of the row its values come from (provenance), -1 when none. */
  rows: Int32Array;
  /** Per year and stage (year-major): the value in the workbook's unit; NaN when not decided yet. */
  values: Float64Array;
}

/** Rows that name the same item and year more than once (the open API's zero-budget copies among them). */
export interface LongDuplicate {
  path: string[];
  year: number;
  rows: number;
  /** Every copy but one was all zeros, so they were dropped. */
  droppedZeros: boolean;
}

/** A pivoted long table: items in first-seen order, the stages and years, notes on years not decided and duplicates. */
export interface LongPivot {
  items: LongItem[];
  stages: string[];
  /** Every year of the rows, ascending. */
  years: number[];
  /** Stage and year where every row is 0 (downloaded before the vote): values there are null. */
  undecided: { stage: string; year: number }[];
  duplicates: LongDuplicate[];
}

/** An item's values in a year, per stage (null: not decided yet), or undefined when no row gives that year. */
export function itemValues(pivot: Pick<LongPivot, 'years' | 'stages'>, item: LongItem, year: number): (number | null)[] | undefined {
  const y = pivot.years.indexOf(year);
  if (y < 0 || item.rows[y]! < 0) return undefined;
  const n = pivot.stages.length;
  return Array.from(item.values.subarray(y * n, y * n + n), (v) => (Number.isNaN(v) ? null : v));
}

/** Rows given as arrays of cells, read as list rows (sheet rows numbered from 1). */
export function arrayRows(rows: readonly (readonly LongCell[])[]): ListRows {
  return { length: rows.length, row: (i) => i + 1, value: (i, c) => rows[i]![c] ?? null };
}

/** Each row's year (NaN when the row has none) and amounts per stage (0 when blank or not a number), read once. */
function readRows(rows: ListRows, yearCol: number, amountCols: readonly number[]) {
  const years = new Float64Array(rows.length);
  const amounts = new Float64Array(rows.length * amountCols.length);
  for (let i = 0; i < rows.length; i++) {
    const year = rows.value(i, yearCol);
    years[i] = isYear(year) ? asNumber(year)! : Number.NaN;
    for (let s = 0; s < amountCols.length; s++) {
      const v = asNumber(rows.value(i, amountCols[s]!));
      amounts[i * amountCols.length + s] = v === null || Number.isNaN(v) ? 0 : v;
    }
  }
  return { years, amounts };
}

/** The years of the rows (ascending), and per stage whether each is not decided yet (0 on every row of it). */
function undecidedYears(years: Float64Array, amounts: Float64Array, stages: number) {
  const seen = new Set<number>();
  const nonZero = Array.from({ length: stages }, () => new Set<number>());
  years.forEach((year, i) => {
    if (Number.isNaN(year)) return;
    seen.add(year);
    for (let s = 0; s < stages; s++) if (amounts[i * stages + s] !== 0) nonZero[s]!.add(year);
  });
  const all = [...seen].sort((a, b) => a - b);
  return { all, undecided: nonZero.map((set) => all.map((y) => !set.has(y))) };
}

/** Items by path, in first-seen order. */
function itemIndex(yearCount: number, stages: number) {
  const byKey = new Map<string, LongItem>();
  const items: LongItem[] = [];
  return {
    items,
    /** The item at `path` (made when new). */
    at(path: readonly string[]): LongItem {
      const key = path.join('\u0000');
      let item = byKey.get(key);
      if (!item) {
        item = { path: [...path], rows: new Int32Array(yearCount).fill(-1), values: new Float64Array(yearCount * stages) };
        byKey.set(key, item);
        items.push(item);
      }
      return item;
    },
  };
}

/**
 * Pivots the rows: one item per distinct path of `levels`, a value per stage and year in `toUnit`
 * (from the table's `fromUnit`, e.g. 천원 → 억원). A stage that is 0 on every row of a year is not
 * decided yet and gives no value, never a zero that would drag a total or a growth rate down.
 * Duplicate rows are reported; copies that are all zeros are dropped, any other is left out (the first
 * row kept) until the user confirms summing them. Each row is read once: a whole government is 80,000.
 */
export function pivotLongTable(
  headers: readonly LongCell[],
  rows: ListRows,
  options: {
    yearCol: number;
    levels: number[];
    amountCols: number[];
    fromUnit: string | null;
    toUnit: string;
    sumDuplicates?: boolean;
  },
): LongPivot {
  const { yearCol, levels, amountCols, fromUnit } = options;
  const stages = amountCols.map((c) => stageName(headers[c]));
  const n = stages.length;
  const convert = (fromUnit !== null && unitConverter(fromUnit, options.toUnit)) || ((v: number) => v);
  const { years, amounts } = readRows(rows, yearCol, amountCols);
  const { all, undecided } = undecidedYears(years, amounts, n);
  const read = {
    /** Row `i`'s amounts into the item's year `y`, in the workbook's unit (added to what is there when summing). */
    write(item: LongItem, y: number, i: number, sum: boolean) {
      for (let s = 0; s < n; s++) {
        const v = undecided[s]![y] ? Number.NaN : convert(amounts[i * n + s]!);
        item.values[y * n + s] = sum ? item.values[y * n + s]! + v : v;
      }
    },
  };
  const yearIndex = new Map(all.map((y, i) => [y, i]));
  const allZero = (i: number) => amounts.subarray(i * n, i * n + n).every((v) => v === 0);
  const index = itemIndex(all.length, n);
  // Item and year seen more than once: the copies, and the row first seen (the report's order).
  type Copies = { first: number; rows: number; zeros: number };
  const copies = new Map<LongItem, Map<number, Copies>>();
  const path: string[] = levels.map(() => '');
  for (let i = 0; i < rows.length; i++) {
    if (Number.isNaN(years[i]!)) continue;
    const y = yearIndex.get(years[i]!)!;
    for (let l = 0; l < levels.length; l++) path[l] = header(rows.value(i, levels[l]!));
    const item = index.at(path);
    const first = item.rows[y]!;
    if (first < 0) {
      item.rows[y] = i;
      read.write(item, y, i, false);
      continue;
    }
    const byYear = copies.get(item) ?? new Map<number, Copies>();
    copies.set(item, byYear);
    const copy = byYear.get(y) ?? { first, rows: 1, zeros: allZero(first) ? 1 : 0 };
    byYear.set(y, copy);
    copy.rows++;
    if (allZero(i)) copy.zeros++;
    if (options.sumDuplicates) read.write(item, y, i, true);
    else if (item.values.subarray(y * n, y * n + n).every((v) => v === 0 || Number.isNaN(v))) {
      item.rows[y] = i; // a zero copy came first
      read.write(item, y, i, false);
    }
  }
  const duplicates = [...copies]
    .flatMap(([item, byYear]) => [...byYear].map(([y, c]) => ({ item, y, ...c })))
    .sort((a, b) => a.first - b.first)
    .map((c) => ({ path: c.item.path, year: all[c.y]!, rows: c.rows, droppedZeros: c.zeros >= c.rows - 1 }));
  return {
    items: index.items,
    stages,
    years: all,
    undecided: all.flatMap((year, y) => stages.filter((_, s) => undecided[s]![y]).map((stage) => ({ stage, year }))),
    duplicates,
  };
}
