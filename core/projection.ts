/** Repeated growth, the building block of projections: value(t) = base × (1 + rate)^(t − baseYear). */
import { lastChange } from './series';
import type { SeriesPoint } from './types';

/** One projected year. */
export interface ProjectedPoint {
  year: number;
  value: number;
}

/**
 * Default growth rate: the last year-on-year change rounded to 0.1 percentage point.
 * Rounded because the analyst sees and quotes the published figure (+11.5% for 2026),
 * and the rate the input shows must be exactly the rate the projection uses.
 */
export function defaultGrowthRate(points: readonly SeriesPoint[]): number | null {
  const change = lastChange(points);
  return change === null ? null : Math.round(change * 1000) / 1000;
}

/** Values for baseYear+1 … horizon, compounding `rate` on `baseValue`. */
export function repeatGrowth(baseYear: number, baseValue: number, rate: number, horizon: number): ProjectedPoint[] {
  const points: ProjectedPoint[] = [];
  for (let year = baseYear + 1; year <= horizon; year++) {
    points.push({ year, value: baseValue * Math.pow(1 + rate, year - baseYear) });
  }
  return points;
}
