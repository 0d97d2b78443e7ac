/**
 * What the series table shows of a budget book: one stage's tree, or the difference between two stages
 * (국회 증감 = 국회확정 − 정부안) per item and year; and which rows a collapsed tree, a name search or a
 * level limit leaves on screen. The UI, the CLI and the exports share these rules.
 */
import { seriesTable, type SeriesTable, type TableCell, type TableRow } from '../series-table';
import type { Series } from '../types';
import { pathKey, seriesOfStage, seriesPaths } from './budget-paths';

/** A row of one stage's tree with the same item's row in another stage (by path), when that stage has it. */
export interface PairedRow extends TableRow {
  twin: TableRow | undefined;
}

/** Two stages side by side: the first stage's tree, each row with its twin in the second, and the years of both. */
export interface StagePairs {
  rows: PairedRow[];
  years: number[];
}

const pairCache = new WeakMap<readonly Series[], Map<string, StagePairs>>();
const diffCache = new WeakMap<readonly Series[], Map<string, SeriesTable>>();

/** 국회 증감 of one item and year: `to` − `from` where both stages have a value (a year not decided in one has none). */
export const stageChange = (from: number | null | undefined, to: number | null | undefined): number | null =>
  from === null || from === undefined || to === null || to === undefined ? null : to - from;

/** `from`'s tree with each item's row in `to` (matched by path), once per series array. */
export function stagePairs(series: readonly Series[], from: string, to: string): StagePairs {
  const key = `${from}\u0000${to}`;
  const known = pairCache.get(series)?.get(key);
  if (known) return known;
  const base = seriesTable(seriesOfStage(series, from));
  const other = seriesTable(seriesOfStage(series, to));
  const paths = seriesPaths(series);
  const twin = new Map<string, TableRow>();
  for (const r of other.rows) if (r.series.stage === to) twin.set(pathKey(paths.get(r.series.id)!), r);
  const rows = base.rows
    .filter((r) => r.series.stage === from)
    .map((r): PairedRow => ({ ...r, twin: twin.get(pathKey(paths.get(r.series.id)!)) }));
  const pairs = { rows, years: [...new Set([...base.years, ...other.years])].sort((a, b) => a - b) };
  const byKey = pairCache.get(series) ?? new Map<string, StagePairs>();
  byKey.set(key, pairs);
  pairCache.set(series, byKey);
  return pairs;
}

/**
 * The table of `to` minus `from` for each item both stages have (by path): `from`'s tree, with each year
 * the difference where both stages have a value (a year not decided in one stage has none).
 */
export function stageDifference(series: readonly Series[], from: string, to: string): SeriesTable {
  const key = `${from}\u0000${to}`;
  const known = diffCache.get(series)?.get(key);
  if (known) return known;
  const pairs = stagePairs(series, from, to);
  const base = seriesTable(seriesOfStage(series, from));
  const rows: TableRow[] = pairs.rows.map((r) => {
    const cells = new Map<number, TableCell>();
    for (const [year, c] of r.cells) {
      const value = stageChange(c.value, r.twin?.cells.get(year)?.value);
      cells.set(year, { year, value, entered: null, childSum: null, derived: true, mismatch: false, note: '' });
    }
    return { series: r.series, depth: r.depth, hasChildren: r.hasChildren, cells };
  });
  const table: SeriesTable = { rows, years: base.years, byId: new Map(rows.map((r): [string, TableRow] => [r.series.id, r])) };
  const byKey = diffCache.get(series) ?? new Map<string, SeriesTable>();
  byKey.set(key, table);
  diffCache.set(series, byKey);
  return table;
}

/** What narrows the tree on screen. */
export interface TreeFilter {
  /** Groups shown closed: their descendants are hidden. */
  collapsed: ReadonlySet<string>;
  /** Names containing this (spaces and case ignored), with their ancestors for context; '' shows all. */
  query: string;
  /** Rows down to this depth (0: the top level only); null: every level. */
  maxDepth: number | null;
}

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** Whether a name matches a search (spaces and case ignored; '' matches nothing). */
export const nameMatches = (name: string, query: string): boolean => fold(query) !== '' && fold(name).includes(fold(query));

/** The rows left on screen, in tree order. A search opens the groups its matches are in. */
export function visibleRows(rows: readonly TableRow[], filter: TreeFilter): TableRow[] {
  const { collapsed, maxDepth } = filter;
  const q = fold(filter.query);
  if (q !== '') {
    // A match and its ancestors (the rows above it at smaller depths, in tree order).
    const keep = new Set<number>();
    const stack: number[] = [];
    rows.forEach((r, i) => {
      while (stack.length > 0 && rows[stack.at(-1)!]!.depth >= r.depth) stack.pop();
      if (fold(r.series.name).includes(q) && (maxDepth === null || r.depth <= maxDepth)) {
        keep.add(i);
        for (const a of stack) keep.add(a);
      }
      stack.push(i);
    });
    return rows.filter((_, i) => keep.has(i));
  }
  // Nothing hidden: the rows themselves (no copy of a 10,000-row book per edit).
  if (collapsed.size === 0 && maxDepth === null) return rows as TableRow[];
  const out: TableRow[] = [];
  let hideBelow = Infinity;
  for (const r of rows) {
    if (r.depth > hideBelow) continue;
    hideBelow = Infinity;
    if (maxDepth !== null && r.depth > maxDepth) continue;
    out.push(r);
    if (r.hasChildren && collapsed.has(r.series.id)) hideBelow = r.depth;
  }
  return out;
}
