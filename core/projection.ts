/** What-if projection by repeated growth: value(t) = base × (1 + rate)^(t − baseYear). */
import { lastChange, lastPoint } from './series';
import type { ProjectionSettings, SeriesPoint } from './types';

/** One projected year. */
export interface ProjectedPoint {
  year: number;
  value: number;
}

/** Result of a projection: either points, or the reason none can be drawn. */
export type ProjectionResult =
  | { ok: true; rate: number; baseYear: number; baseValue: number; points: ProjectedPoint[] }
  | { ok: false; reason: 'empty-series' | 'missing-base' | 'no-rate' | 'invalid-rate' | 'horizon-before-base' };

/** Latest year a projection may reach; beyond it numbers stop meaning anything for a budget. */
export const MAX_HORIZON = 2100;

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

/** Projects a series from its last year with the settings' rate (or the default rate). */
export function projectSeries(points: readonly SeriesPoint[], settings: Pick<ProjectionSettings, 'rate' | 'horizon'>): ProjectionResult {
  const base = lastPoint(points);
  if (!base) return { ok: false, reason: 'empty-series' };
  if (base.value === null) return { ok: false, reason: 'missing-base' };
  const rate = settings.rate ?? defaultGrowthRate(points);
  if (rate === null) return { ok: false, reason: 'no-rate' };
  if (!Number.isFinite(rate) || rate <= -1) return { ok: false, reason: 'invalid-rate' };
  if (settings.horizon <= base.year) return { ok: false, reason: 'horizon-before-base' };
  const horizon = Math.min(settings.horizon, MAX_HORIZON);
  return { ok: true, rate, baseYear: base.year, baseValue: base.value, points: repeatGrowth(base.year, base.value, rate, horizon) };
}
