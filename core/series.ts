/** Pure operations on yearly series: ordering, year-on-year change, adding and removing years. */
import type { Series, SeriesPoint } from './types';

/** A point with its derived year-on-year change (fraction, null when not computable). */
export interface SeriesRow extends SeriesPoint {
  change: number | null;
}

/** Points sorted by year, each with its change against the previous year. */
export function withChanges(points: readonly SeriesPoint[]): SeriesRow[] {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  return sorted.map((p, i) => {
    const prev = sorted[i - 1];
    const change =
      prev && prev.year === p.year - 1 && prev.value !== null && prev.value !== 0 && p.value !== null ? p.value / prev.value - 1 : null;
    return { ...p, change };
  });
}

/** The last point of a series by year, or undefined for an empty series. */
export function lastPoint(points: readonly SeriesPoint[]): SeriesPoint | undefined {
  let last: SeriesPoint | undefined;
  for (const p of points) if (!last || p.year > last.year) last = p;
  return last;
}

/** Year-on-year change of the last year (fraction), or null when it cannot be computed. */
export function lastChange(points: readonly SeriesPoint[]): number | null {
  // Years at the end with no value yet (added to fill in, or a stage not decided) do not hide the last change.
  let end = points.length;
  while (end > 0 && points[end - 1]!.value === null) end--;
  const rows = withChanges(points.slice(0, end));
  return rows.length ? rows[rows.length - 1]!.change : null;
}

/** Returns a copy of the series with one year's value and/or note replaced (the year is added if missing). */
export function upsertPoint(series: Series, year: number, patch: Partial<Omit<SeriesPoint, 'year'>>): Series {
  if (!series.points.some((p) => p.year === year)) {
    const added: SeriesPoint = { year, value: null, note: '', ...patch };
    return { ...series, points: [...series.points, added].sort((a, b) => a.year - b.year) };
  }
  return { ...series, points: series.points.map((p) => (p.year === year ? { ...p, ...patch } : p)) };
}

/** Adds an empty year right after the last year (or before the first, with `where: 'before'`). */
export function addYear(series: Series, where: 'after' | 'before' = 'after'): Series {
  const years = series.points.map((p) => p.year);
  const year = years.length === 0 ? new Date().getFullYear() : where === 'after' ? Math.max(...years) + 1 : Math.min(...years) - 1;
  const points = [...series.points, { year, value: null, note: '' }].sort((a, b) => a.year - b.year);
  return { ...series, points };
}

/**
 * The years a new series starts with, empty and ready for typing: the years the workbook's other series
 * have (the series table's columns), or the five years up to `thisYear` in a workbook without any.
 */
export function startingYears(series: readonly Series[], thisYear: number): number[] {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  return years.length > 0 ? years : Array.from({ length: 5 }, (_, i) => thisYear - 4 + i);
}

/** Removes the given years from the series. */
export function removeYears(series: Series, years: readonly number[]): Series {
  const drop = new Set(years);
  return { ...series, points: series.points.filter((p) => !drop.has(p.year)) };
}

/** A name no other series has: the base itself, else "base 2", "base 3", … */
export function freeName(series: readonly { name: string }[], base: string): string {
  const names = new Set(series.map((s) => s.name));
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base} ${n}`)) return `${base} ${n}`;
}
