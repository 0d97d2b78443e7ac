/**
 * Long tables of the national budget book (열린재정 "세부사업 예산편성현황", dBrain, data.go.kr and KOSIS
 * long downloads): one row per item per year, the hierarchy in key columns, amounts in stage columns
 * (정부안, 국회확정) as text with separators, in 천원. This module recognises the shape and pivots it into
 * a tree of items with a value per stage and year, in the workbook's unit (groundwork of issue #18; the
 * import dialog and the series it makes come next).
 */
import { parseNumberInput } from '../format';
import { convertUnit } from '../units';

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

/** One item of the tree: its path of names, and per stage its values by year (null: not decided yet). */
export interface LongItem {
  path: string[];
  values: Map<number, (number | null)[]>;
  /** Per year, the cell of each stage's value (its provenance), when the caller names cells. */
  cells: Map<number, string[]>;
}

/** Rows that name the same item and year more than once (the open API's zero-budget copies among them). */
export interface LongDuplicate {
  path: string[];
  year: number;
  rows: number;
  /** Every copy but one was all zeros, so they were dropped. */
  droppedZeros: boolean;
}

/** A pivoted long table: items in first-seen order, the stages, notes on years not decided and duplicates. */
export interface LongPivot {
  items: LongItem[];
  stages: string[];
  /** Stage and year where every row is 0 (downloaded before the vote): values there are null. */
  undecided: { stage: string; year: number }[];
  duplicates: LongDuplicate[];
}

/**
 * Pivots the rows: one item per distinct path of `levels`, a value per stage and year in `toUnit`
 * (from the table's `fromUnit`, e.g. 천원 → 억원). A stage that is 0 on every row of a year is not
 * decided yet and gives no value, never a zero that would drag a total or a growth rate down.
 * Duplicate rows are reported; copies that are all zeros are dropped, any other is left out (the first
 * row kept) until the user confirms summing them.
 */
export function pivotLongTable(
  headers: readonly LongCell[],
  rows: readonly (readonly LongCell[])[],
  options: {
    yearCol: number;
    levels: number[];
    amountCols: number[];
    fromUnit: string | null;
    toUnit: string;
    sumDuplicates?: boolean;
    /** The cell (A1) of a row's column, for provenance. */
    cellOf?: (row: number, col: number) => string;
  },
): LongPivot {
  const { yearCol, levels, amountCols } = options;
  const stages = amountCols.map((c) => stageName(headers[c]));
  const { fromUnit } = options;
  const convert = (v: number) => (fromUnit === null ? v : (convertUnit(v, fromUnit, options.toUnit) ?? v));
  const yearOf = (r: readonly LongCell[]) => asNumber(r[yearCol] ?? null)!;
  const amounts = (r: readonly LongCell[]) => amountCols.map((c) => asNumber(r[c] ?? null) ?? 0);

  // Stage × year where every row is zero.
  const nonZero = new Set<string>();
  const years = new Set<number>();
  for (const r of rows) {
    if (!isYear(r[yearCol] ?? null)) continue;
    years.add(yearOf(r));
    amounts(r).forEach((v, s) => v !== 0 && nonZero.add(`${s}:${yearOf(r)}`));
  }
  const undecided = [...years]
    .flatMap((year) => stages.map((stage, s) => ({ stage, year, s })))
    .filter((u) => !nonZero.has(`${u.s}:${u.year}`));
  const undecidedAt = new Set(undecided.map((u) => `${u.s}:${u.year}`));

  const items = new Map<string, LongItem>();
  const seen = new Map<string, { rows: number; zeros: number }>();
  rows.forEach((r, i) => {
    if (!isYear(r[yearCol] ?? null)) return;
    const path = levels.map((c) => header(r[c] ?? null));
    const key = path.join('\u0000');
    const year = yearOf(r);
    const a = amounts(r);
    const copy = seen.get(`${key}\u0000${year}`) ?? { rows: 0, zeros: 0 };
    copy.rows++;
    if (a.every((v) => v === 0)) copy.zeros++;
    seen.set(`${key}\u0000${year}`, copy);
    const item: LongItem = items.get(key) ?? { path, values: new Map(), cells: new Map() };
    items.set(key, item);
    const before = item.values.get(year);
    const values = a.map((v, s) => (undecidedAt.has(`${s}:${year}`) ? null : convert(v)));
    const cells = amountCols.map((c) => options.cellOf?.(i, c) ?? '');
    if (!before) {
      item.values.set(year, values);
      item.cells.set(year, cells);
    } else if (options.sumDuplicates)
      item.values.set(
        year,
        before.map((b, s) => (b === null || values[s] === null ? b : b + values[s]!)),
      );
    else if (before.every((v) => v === 0 || v === null)) {
      item.values.set(year, values); // a zero copy came first
      item.cells.set(year, cells);
    }
  });
  const duplicates = [...seen]
    .filter(([, c]) => c.rows > 1)
    .map(([k, c]) => {
      const parts = k.split('\u0000');
      return { path: parts.slice(0, -1), year: Number(parts.at(-1)), rows: c.rows, droppedZeros: c.zeros >= c.rows - 1 };
    });
  return { items: [...items.values()], stages, undecided: undecided.map(({ stage, year }) => ({ stage, year })), duplicates };
}
