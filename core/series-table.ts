/**
 * The workbook's series as a budget-book table: rows in tree order (a group followed by its
 * children), year columns, and group totals. A parent's value for a year is what was entered for
 * it; where it has none and every child has a value, it is the children's sum (read-only). Where
 * an entered value and the children's sum differ, the row is flagged — the entered value is never
 * overwritten, and the difference stays visible.
 */
import { changedIndexes, patchLimit } from './changed-indexes';
import { convertUnit } from './units';
import { seriesOfStage, workbookStages } from './budget/budget-paths';
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
  byId: { get: (id: string) => TableRow | undefined; has: (id: string) => boolean };
}

const cache = new WeakMap<readonly Series[], SeriesTable>();

/** Whether two values are the same up to rounding noise (0.1 + 0.2 vs 0.3). */
const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);

/** Children by parent id (null: the top level), in workbook order; a parent that does not exist counts as the top. */
function childrenOf(series: readonly Series[]): Map<string | null, Series[]> {
  const ids = new Set(series.map((s) => s.id));
  const children = new Map<string | null, Series[]>();
  for (const s of series) {
    const parent = s.parentId !== null && ids.has(s.parentId) ? s.parentId : null;
    const list = children.get(parent);
    if (list) list.push(s);
    else children.set(parent, [s]);
  }
  return children;
}

/** Series in display order: each parent followed by its children (in workbook order), with depth. */
export function treeOrder(series: readonly Series[]): { series: Series; depth: number }[] {
  const children = childrenOf(series);
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

/** A series' own cells, made once per series object: an edit changes one series, and only it is rebuilt. */
const ownCells = new WeakMap<Series, Map<number, TableCell>>();

function entered(s: Series): Map<number, TableCell> {
  const known = ownCells.get(s);
  if (known) return known;
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
  ownCells.set(s, cells);
  return cells;
}

/**
 * A group's cells with the children's cells they were summed from: while the group and every child's
 * cells are the same objects, the sums are too. An edit of one item rebuilds only the groups above it.
 */
const groupCells = new WeakMap<Series, { kids: readonly TableRow[]; cells: Map<number, TableCell> }>();

function buildCells(s: Series, kids: readonly TableRow[]): Map<number, TableCell> {
  // A row without children shows its own cells as they are (shared, never changed: they are frozen by use).
  if (kids.length === 0) return entered(s);
  const known = groupCells.get(s);
  if (
    known &&
    known.kids.length === kids.length &&
    known.kids.every((k, i) => k.cells === kids[i]!.cells && k.series.unit === kids[i]!.series.unit)
  )
    return known.cells;
  const cells = sumCells(s, kids);
  groupCells.set(s, { kids: kids.map((k) => ({ ...k })), cells });
  return cells;
}

function sumCells(s: Series, kids: readonly TableRow[]): Map<number, TableCell> {
  const cells = new Map<number, TableCell>([...entered(s)].map(([y, c]) => [y, { ...c }]));
  const years = new Set<number>();
  for (const k of kids) for (const y of k.cells.keys()) years.add(y);
  for (const year of years) {
    let sum: number | null = 0;
    for (const k of kids) {
      const v = k.cells.get(year)?.value ?? null;
      const converted = v === null ? null : k.series.unit === s.unit ? v : convertUnit(v, k.series.unit, s.unit);
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

/**
 * The tree of a series array: display order, depth, each row's summed children. It depends only on ids,
 * parents and which series are formulas, so an edit of values reuses it (checked in one pass).
 */
interface Shape {
  ids: string[];
  parents: (string | null)[];
  formulas: boolean[];
  /** Index into the series array, per display row. */
  order: number[];
  depth: number[];
  /** Display rows of each display row's summed children. */
  kids: number[][];
  /** Display rows, deepest first (children before parents). */
  bottomUp: number[];
  /** Per display row, the display row of the group that sums it (-1: none). */
  sumParent: Int32Array;
  /** Display row by id. */
  rowOf: Map<string, number>;
}

function shapeOf(series: readonly Series[]): Shape {
  const index = new Map<Series, number>();
  series.forEach((s, i) => index.set(s, i));
  const tree = treeOrder(series);
  const rowOf = new Map<string, number>();
  tree.forEach((t, i) => rowOf.set(t.series.id, i));
  const kids: number[][] = tree.map(() => []);
  const sumParent = new Int32Array(tree.length).fill(-1);
  tree.forEach((t, i) => {
    const parent = t.series.parentId === null ? undefined : rowOf.get(t.series.parentId);
    // A derived series (a share, a ratio) sits under a group without adding to its total.
    if (parent !== undefined && !t.series.formula) {
      kids[parent]!.push(i);
      sumParent[i] = parent;
    }
  });
  return {
    ids: series.map((s) => s.id),
    parents: series.map((s) => s.parentId),
    formulas: series.map((s) => Boolean(s.formula)),
    order: tree.map((t) => index.get(t.series)!),
    depth: tree.map((t) => t.depth),
    kids,
    bottomUp: tree.map((_, i) => i).sort((a, b) => tree[b]!.depth - tree[a]!.depth),
    sumParent,
    rowOf,
  };
}

/** Whether the series at `i` keeps its place in the tree (id, parent, and whether it is a formula). */
const sameSlot = (shape: Shape, series: readonly Series[], i: number) =>
  series[i]!.id === shape.ids[i] && series[i]!.parentId === shape.parents[i] && Boolean(series[i]!.formula) === shape.formulas[i];

const sameShape = (shape: Shape, series: readonly Series[]): boolean =>
  shape.ids.length === series.length && series.every((_, i) => sameSlot(shape, series, i));

/** A table made lately, with its shape and series. */
interface Recent {
  shape: Shape;
  series: readonly Series[];
  table: SeriesTable;
}
/** Tables made lately: the next of the same shape rebuilds only what changed. */
const recent: Recent[] = [];
const RECENT_TABLES = 4;

/** Rows by id over a display order (no per-edit map of every row). */
function rowsById(shape: Shape, rows: readonly TableRow[]): SeriesTable['byId'] {
  return {
    get: (id: string) => {
      const i = shape.rowOf.get(id);
      return i === undefined ? undefined : rows[i];
    },
    has: (id: string) => shape.rowOf.has(id),
  };
}

/**
 * The series table of a workbook (computed once per series array). An edit that keeps the tree rebuilds
 * only the rows whose series changed and the groups above them; every other row is the same object.
 */
export function seriesTable(series: readonly Series[]): SeriesTable {
  const cached = cache.get(series);
  if (cached) return cached;
  const patched = patchedTable(series);
  const before = patched ? undefined : recent.find((r) => sameShape(r.shape, series));
  const shape = patched?.shape ?? before?.shape ?? shapeOf(series);
  const table = patched?.table ?? rebuiltTable(series, shape, before);
  cache.set(series, table);
  // A patched table supersedes the one it came from; a table rebuilt from another of the same shape (a
  // copy of the book, another stage) leaves that one for the next edit of its own array.
  if (patched) recent.splice(recent.indexOf(patched.from), 1);
  recent.unshift({ shape, series, table });
  recent.length = Math.min(recent.length, RECENT_TABLES);
  return table;
}

/** Every row of the table, each one reused when its series and its children's rows are the same. */
function rebuiltTable(series: readonly Series[], shape: Shape, before: Recent | undefined): SeriesTable {
  const rows: TableRow[] = new Array<TableRow>(shape.order.length);
  const changed: boolean[] = new Array<boolean>(shape.order.length).fill(false);
  for (const i of shape.bottomUp) {
    const s = series[shape.order[i]!]!;
    const kids = shape.kids[i]!;
    const old = before?.table.rows[i];
    const stale = !old || old.series !== s || kids.some((k) => changed[k]);
    if (!stale) {
      rows[i] = old;
      continue;
    }
    changed[i] = true;
    rows[i] = buildRow(shape, i, s, rows);
  }
  const rebuilt = shape.bottomUp.filter((i) => changed[i]);
  return { rows, years: before ? keptYears(before.table, rows, rebuilt) : allYears(rows), byId: rowsById(shape, rows) };
}

/**
 * The table of an array that replaces a few series of a recent one (an edit of values): its rows copied,
 * and only the changed series' rows and the groups above them rebuilt, without a pass over every row.
 */
function patchedTable(series: readonly Series[]): { shape: Shape; table: SeriesTable; from: Recent } | null {
  for (const from of recent) {
    const changed = changedIndexes(from.series, series, patchLimit(series.length));
    const { shape } = from;
    if (!changed || !changed.every((i) => sameSlot(shape, series, i))) continue;
    // The changed rows and every group that sums them, rebuilt deepest first.
    const stale = new Set<number>();
    for (const i of changed) for (let r = shape.rowOf.get(series[i]!.id)!; r >= 0 && !stale.has(r); r = shape.sumParent[r]!) stale.add(r);
    const order = [...stale].sort((a, b) => shape.depth[b]! - shape.depth[a]!);
    const rows = from.table.rows.slice();
    for (const r of order) rows[r] = buildRow(shape, r, series[shape.order[r]!]!, rows);
    return { shape, table: { rows, years: keptYears(from.table, rows, order), byId: rowsById(shape, rows) }, from };
  }
  return null;
}

function buildRow(shape: Shape, i: number, s: Series, rows: readonly TableRow[]): TableRow {
  const kidRows = shape.kids[i]!.map((k) => rows[k]!);
  return { series: s, depth: shape.depth[i]!, hasChildren: kidRows.length > 0, cells: buildCells(s, kidRows) };
}

/** The years of a table whose `rebuilt` rows were made again: the last table's while each rebuilt row has the years it had. */
function keptYears(before: SeriesTable, rows: readonly TableRow[], rebuilt: readonly number[]): number[] {
  const same = rebuilt.every((i) => {
    const old = before.rows[i]!.cells;
    const now = rows[i]!.cells;
    if (old.size !== now.size) return false;
    for (const y of now.keys()) if (!old.has(y)) return false;
    return true;
  });
  return same ? before.years : allYears(rows);
}

function allYears(rows: readonly TableRow[]): number[] {
  const yearSet = new Set<number>();
  for (const r of rows) for (const y of r.cells.keys()) yearSet.add(y);
  return [...yearSet].sort((a, b) => a - b);
}

/**
 * The series that share a stage with `id` (its stage's tree and the series of no stage): the table the
 * series table shows, already made, rather than one of every stage.
 */
function ownStage(series: readonly Series[], id: string): readonly Series[] {
  const stage = series.find((s) => s.id === id)?.stage ?? workbookStages(series)[0] ?? null;
  return seriesOfStage(series, stage);
}

/** The points a series projects from: its table values (a group's sums where nothing was entered). */
export function effectivePoints(series: readonly Series[], id: string): SeriesPoint[] {
  const row = seriesTable(ownStage(series, id)).byId.get(id);
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
