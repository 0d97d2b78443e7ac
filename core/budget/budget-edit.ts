/**
 * The edit a budget-book import makes, as data (one undo step), applied in one pass however many series
 * it touches: pairings first (renames and moves of what the workbook holds, merges where the new path is
 * already there), then new groups and items, then the years of existing items.
 */
import { mergeSeriesPoints } from '../import/merge';
import type { PathPairing, Provenance, Series, SeriesPoint, Workbook } from '../types';

/**
 * One item's imported years as columns, its provenance shared by the edit: a whole government is 160,000
 * points, and as objects each with its own source they made the edit five times larger on its way to
 * the page and into the undo history.
 */
export interface BudgetPoints {
  seriesId: string;
  years: number[];
  /** In the series' unit; null: not decided yet in the file. */
  values: (number | null)[];
  /** The file's column (A1 letters) of these values, and the row of each: its cell. */
  column: string;
  rows: number[];
}

/** A series the import makes: a group or an item of a stage's tree (no note, scenario or points of its own yet). */
export type NewSeries = Pick<Series, 'id' | 'name' | 'unit' | 'parentId' | 'stage'>;

/** What one budget-book import changes. */
export interface BudgetEdit {
  /** Series that take a new name or parent (a confirmed rename or move). */
  renames: { id: string; name: string; parentId: string | null }[];
  /** Series whose new path another already has: its years the other lacks, and its children, go there. */
  merges: { from: string; into: string }[];
  /** New groups and items (their years are in `points`), each parent before its children. */
  add: NewSeries[];
  /** Years of new and existing items (imported years replace or add; other years stay). */
  points: BudgetPoints[];
  /** Where every value comes from, but the cell (kept per value in `points`). */
  source: Omit<Provenance, 'cell'>;
  /** The note a value not decided yet gets, by stage. */
  undecidedNotes: Record<string, string>;
  /** Pairings confirmed by this import, remembered for the next. */
  pairings: PathPairing[];
}

/** An item's imported years as points, each with its provenance and, when not decided yet, the stage's note. */
export function unpackPoints(
  edit: Pick<BudgetEdit, 'source' | 'undecidedNotes'>,
  p: BudgetPoints,
  stage: string | undefined,
): SeriesPoint[] {
  const note = (stage !== undefined && edit.undecidedNotes[stage]) || '';
  const { file, sheet, unit, factor } = edit.source;
  const points = new Array<SeriesPoint>(p.years.length);
  // Built field by field: a spread of the shared source is several times slower over 160,000 points.
  for (let i = 0; i < p.years.length; i++) {
    const value = p.values[i] ?? null;
    const cell = `${p.column}${p.rows[i] ?? ''}`;
    points[i] = { year: p.years[i]!, value, note: value === null ? note : '', source: { file, sheet, cell, unit, factor } };
  }
  return points;
}

/** The workbook after a budget-book import. */
export function applyBudgetEdit(wb: Workbook, edit: BudgetEdit): Workbook {
  const renamed = new Map(edit.renames.map((r) => [r.id, r]));
  const mergedInto = new Map(edit.merges.map((m) => [m.from, m.into]));
  const intoOf = (id: string | null) => (id !== null && mergedInto.has(id) ? mergedInto.get(id)! : id);
  const byId = new Map(wb.series.map((s) => [s.id, s]));
  const packed = new Map<string, BudgetPoints[]>();
  for (const p of edit.points) packed.set(p.seriesId, [...(packed.get(p.seriesId) ?? []), p]);
  // Two items of the file may read as one path under the pairings: their years join, the later's winning.
  const pointsOf = (s: Pick<Series, 'id' | 'stage'>, own: SeriesPoint[]) => {
    const list = packed.get(s.id);
    if (!list) return undefined;
    // A new item's years, in order: its points as they are (no merge to copy 160,000 points through).
    if (own.length === 0 && list.length === 1) return unpackPoints(edit, list[0]!, s.stage).sort((a, b) => a.year - b.year);
    return list.reduce((points, p) => mergeSeriesPoints(points, unpackPoints(edit, p, s.stage)), own);
  };
  // Years a merged series brings to the one it joins (the joined one's own years win).
  const brought = new Map<string, SeriesPoint[]>();
  for (const m of edit.merges) brought.set(m.into, [...(brought.get(m.into) ?? []), ...(byId.get(m.from)?.points ?? [])]);

  const series: Series[] = [];
  for (const s of wb.series) {
    if (mergedInto.has(s.id)) continue;
    let next = s;
    const r = renamed.get(s.id);
    if (r) next = { ...next, name: r.name, parentId: r.parentId };
    if (next.parentId !== null && mergedInto.has(next.parentId)) next = { ...next, parentId: intoOf(next.parentId) };
    const extra = brought.get(s.id);
    if (extra) {
      const own = new Set(next.points.map((p) => p.year));
      next = { ...next, points: [...next.points, ...extra.filter((p) => !own.has(p.year))].sort((a, b) => a.year - b.year) };
    }
    const merged = pointsOf(s, next.points);
    if (merged) next = { ...next, points: merged };
    series.push(next);
  }
  const known = new Set(series.map((s) => s.id));
  for (const s of edit.add) {
    if (known.has(s.id)) continue;
    const points = pointsOf(s, []) ?? [];
    series.push({
      id: s.id,
      name: s.name,
      unit: s.unit,
      parentId: intoOf(s.parentId),
      note: '',
      baselineScenarioId: null,
      points,
      stage: s.stage,
    });
  }
  const gone = new Set(mergedInto.keys());
  return {
    ...wb,
    series,
    scenarios: wb.scenarios.filter((s) => !gone.has(s.seriesId)),
    chart: { seriesIds: wb.chart.seriesIds.map((id) => intoOf(id)!).filter((id, i, all) => all.indexOf(id) === i) },
    ...(edit.pairings.length > 0 && { pairings: [...(wb.pairings ?? []), ...edit.pairings] }),
  };
}
