/**
 * The workbook's series as a budget-book table: rows in tree order (a group followed by its
 * children), year columns, and group totals. A parent's value for a year is what was entered for
 * it; where it has none and every child has a value, it is the children's sum (read-only). Where
 * an entered value and the children's sum differ, the row is flagged — the entered value is never
 * overwritten, and the difference stays visible.
 */
import { convertUnit } from './units';
import type { Series, SeriesPoint } from './types';

/** One year of a series as the table shows it. */
export interface TableCell {
  year: number;
  /** What the series is worth this year: the entered value, else the children's sum. */
  value: number | null;
  /** The value typed or imported for this series (null when none). */
  entered: number | null;
  /** Sum of the children, when the series has children and all of them have a value this year. */
  childSum: number | null;
  /** The value is the children's sum (nothing entered): shown read-only. */
  derived: boolean;
  /** An entered value differs from the children's sum. */
  mismatch: boolean;
  note: string;
  source?: SeriesPoint['source'];
}

/** One row of the table. */
export interface TableRow {
  series: Series;
  depth: number;
  hasChildren: boolean;
  /** Cells by year (in year order), for every year the row has a value, an entry or a child sum. */
  cells: Map<number, TableCell>;
}

/** The whole table: rows in display order, every year any series has, and rows by id. */
export interface SeriesTable {
  rows: TableRow[];
  years: number[];
  byId: Map<string, TableRow>;
}

const cache = new WeakMap<readonly Series[], SeriesTable>();

/** Whether two values are the same up to rounding noise (0.1 + 0.2 vs 0.3). */
const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);

/** Series in display order: each parent followed by its children (in workbook order), with depth. */
export function treeOrder(series: readonly Series[]): { series: Series; depth: number }[] {
  const ids = new Set(series.map((s) => s.id));
  const children = new Map<string | null, Series[]>();
  for (const s of series) {
    const parent = s.parentId !== null && ids.has(s.parentId) ? s.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), s]);
  }
  const out: { series: Series; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const s of children.get(parent) ?? []) {
      out.push({ series: s, depth });
      if (depth < 50) visit(s.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

function buildCells(s: Series, kids: readonly TableRow[]): Map<number, TableCell> {
  const cells = new Map<number, TableCell>();
  for (const p of [...s.points].sort((a, b) => a.year - b.year)) {
    cells.set(p.year, {
      year: p.year,
      value: p.value,
      entered: p.value,
      childSum: null,
      derived: false,
      mismatch: false,
      note: p.note,
      source: p.source,
    });
  }
  if (kids.length === 0) return cells;
  const years = new Set<number>();
  for (const k of kids) for (const y of k.cells.keys()) years.add(y);
  for (const year of years) {
    let sum: number | null = 0;
    for (const k of kids) {
      const v = k.cells.get(year)?.value ?? null;
      const converted = v === null ? null : convertUnit(v, k.series.unit, s.unit);
      if (converted === null) {
        sum = null;
        break;
      }
      sum += converted;
    }
    const cell = cells.get(year) ?? { year, value: null, entered: null, childSum: null, derived: false, mismatch: false, note: '' };
    cell.childSum = sum;
    if (sum !== null && cell.entered === null) {
      cell.value = sum;
      cell.derived = true;
    }
    cell.mismatch = sum !== null && cell.entered !== null && !sameValue(cell.entered, sum);
    cells.set(year, cell);
  }
  // Years in order, whether entered or summed.
  return new Map([...cells].sort((a, b) => a[0] - b[0]));
}

/** The series table of a workbook (computed once per series array). */
export function seriesTable(series: readonly Series[]): SeriesTable {
  const cached = cache.get(series);
  if (cached) return cached;
  const order = treeOrder(series);
  const byId = new Map<string, TableRow>();
  const rows: TableRow[] = order.map(({ series: s, depth }) => {
    const row: TableRow = { series: s, depth, hasChildren: false, cells: new Map() };
    byId.set(s.id, row);
    return row;
  });
  // Children before parents: deepest rows first.
  for (const row of [...rows].sort((a, b) => b.depth - a.depth)) {
    // A derived series (a share, a ratio) sits under a group without adding to its total.
    const kids = rows.filter((r) => r.series.parentId === row.series.id && !r.series.formula);
    row.hasChildren = kids.length > 0;
    row.cells = buildCells(row.series, kids);
  }
  const years = [...new Set(rows.flatMap((r) => [...r.cells.keys()]))].sort((a, b) => a - b);
  const table = { rows, years, byId };
  cache.set(series, table);
  return table;
}

/** The points a series projects from: its table values (a group's sums where nothing was entered). */
export function effectivePoints(series: readonly Series[], id: string): SeriesPoint[] {
  const row = seriesTable(series).byId.get(id);
  if (!row) return [];
  return [...row.cells.values()]
    .sort((a, b) => a.year - b.year)
    .map((c) => ({ year: c.year, value: c.value, note: c.note, ...(c.source && { source: c.source }) }));
}

/** Ids of a series' direct children. */
export function childIds(series: readonly Series[], id: string): string[] {
  return series.filter((s) => s.parentId === id && !s.formula).map((s) => s.id);
}

/** Ids of a series and everything below it. */
export function descendantIds(series: readonly Series[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of series) {
      if (s.parentId !== null && out.has(s.parentId) && !out.has(s.id)) {
        out.add(s.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Years where a group's entered values and its children's sum disagree. */
export function mismatches(series: readonly Series[], id: string): TableCell[] {
  const row = seriesTable(series).byId.get(id);
  return row ? [...row.cells.values()].filter((c) => c.mismatch) : [];
}
