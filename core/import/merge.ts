/** Applying an imported series: which years change, and the points after the import (centers: center-match.ts). */
import type { SeriesPoint } from '../types';

/** Which years an imported series adds or changes. */
export function diffSeries(
  current: readonly SeriesPoint[],
  incoming: readonly SeriesPoint[],
): { year: number; from: number | null | undefined; to: number | null }[] {
  const byYear = new Map(current.map((p) => [p.year, p.value]));
  return incoming
    .filter((p) => !byYear.has(p.year) || byYear.get(p.year) !== p.value)
    .map((p) => ({ year: p.year, from: byYear.has(p.year) ? byYear.get(p.year) : undefined, to: p.value }));
}

/** The series points after an import: imported years replace or add, other years stay. */
export function mergeSeriesPoints(current: readonly SeriesPoint[], incoming: readonly SeriesPoint[]): SeriesPoint[] {
  const map = new Map(current.map((p) => [p.year, p]));
  // A note the analyst wrote stays; an empty one takes what the import says (a part-year period).
  for (const p of incoming) map.set(p.year, { ...p, note: map.get(p.year)?.note || p.note });
  return [...map.values()].sort((a, b) => a.year - b.year);
}
