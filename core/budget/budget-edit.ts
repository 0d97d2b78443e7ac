/**
 * The edit a budget-book import makes, as data (one undo step), applied in one pass however many series
 * it touches: pairings first (renames and moves of what the workbook holds, merges where the new path is
 * already there), then new groups and items, then the years of existing items.
 */
import { mergeSeriesPoints } from '../import/merge';
import type { PathPairing, Series, SeriesPoint, Workbook } from '../types';

/** What one budget-book import changes. */
export interface BudgetEdit {
  /** Series that take a new name or parent (a confirmed rename or move). */
  renames: { id: string; name: string; parentId: string | null }[];
  /** Series whose new path another already has: its years the other lacks, and its children, go there. */
  merges: { from: string; into: string }[];
  /** New groups and items, each parent before its children. */
  add: Series[];
  /** Years of existing items (imported years replace or add; other years stay). */
  points: { seriesId: string; points: SeriesPoint[] }[];
  /** Pairings confirmed by this import, remembered for the next. */
  pairings: PathPairing[];
}

/** The workbook after a budget-book import. */
export function applyBudgetEdit(wb: Workbook, edit: BudgetEdit): Workbook {
  const renamed = new Map(edit.renames.map((r) => [r.id, r]));
  const mergedInto = new Map(edit.merges.map((m) => [m.from, m.into]));
  const intoOf = (id: string | null) => (id !== null && mergedInto.has(id) ? mergedInto.get(id)! : id);
  const byId = new Map(wb.series.map((s) => [s.id, s]));
  const pointsOf = new Map(edit.points.map((p) => [p.seriesId, p.points]));
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
    const incoming = pointsOf.get(s.id);
    if (incoming) next = { ...next, points: mergeSeriesPoints(next.points, incoming) };
    series.push(next);
  }
  const known = new Set(series.map((s) => s.id));
  for (const s of edit.add) if (!known.has(s.id)) series.push({ ...s, parentId: intoOf(s.parentId) });
  const gone = new Set(mergedInto.keys());
  return {
    ...wb,
    series,
    scenarios: wb.scenarios.filter((s) => !gone.has(s.seriesId)),
    chart: { seriesIds: wb.chart.seriesIds.map((id) => intoOf(id)!).filter((id, i, all) => all.indexOf(id) === i) },
    ...(edit.pairings.length > 0 && { pairings: [...(wb.pairings ?? []), ...edit.pairings] }),
  };
}
