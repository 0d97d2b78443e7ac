/**
 * Projection methods, each a pure function of the history, with its formula:
 * - growth:  v(t) = v_b · (1 + r)^(t − b)                         (r given, or the latest change)
 * - cagr:    r = (v_l / v_f)^(1 / (l − f)) − 1 over window f…l, then as growth
 * - average: r = mean of (v_t / v_{t−1} − 1) for consecutive years in the window, then as growth
 * - linear:  least squares v = ȳ + s · (t − t̄) over the window, evaluated at each future year
 * - custom:  v(b+k) = v(b+k−1) · (1 + r_k); after the last typed rate, that rate repeats
 * where b is the last actual year and v_b its value.
 */
import { defaultGrowthRate, repeatGrowth, type ProjectedPoint } from './projection';
import { lastPoint } from './series';
import type { ProjectionMethod, SeriesPoint, YearWindow } from './types';
import { LIMITS } from './limits';

export type { ProjectionMethod, YearWindow } from './types';

/** The method kinds, in the order the UI offers them. */
export const METHOD_KINDS = ['growth', 'cagr', 'average', 'linear', 'custom'] as const;
/** A method kind. */
export type MethodKind = (typeof METHOD_KINDS)[number];

/** Why a projection cannot be made; each has a message in every catalog (projection.*). */
export const PROJECTION_FAILURES = [
  'empty-series',
  'missing-base',
  'no-rate',
  'invalid-rate',
  'horizon-before-base',
  'horizon-too-far',
  'window-too-short',
  'window-outside-history',
  'missing-window-value',
  'nonpositive-base',
  'no-rates',
  'no-children',
  'children-base-differ',
  'not-derived',
  'inputs-not-projected',
] as const;
/** One of them. */
export type ProjectionFailure = (typeof PROJECTION_FAILURES)[number];

/** What a method derived from the history (shown in the UI, written to the briefing). */
export interface MethodParameters {
  rate?: number;
  rates?: number[];
  slope?: number;
  intercept?: number;
  window?: YearWindow;
  /** A group projected child by child: how many children. */
  children?: number;
}

/** A projection or the reason there is none. */
export type MethodResult =
  | { ok: true; baseYear: number; baseValue: number; parameters: MethodParameters; points: ProjectedPoint[] }
  | { ok: false; reason: ProjectionFailure };

type Known = { year: number; value: number };

const fail = (reason: ProjectionFailure): MethodResult => ({ ok: false, reason });

/** Actual points inside the window, sorted; fails if fewer than two years or any value missing. */
function windowPoints(history: readonly SeriesPoint[], window: YearWindow | null): Known[] | ProjectionFailure {
  const sorted = [...history].sort((a, b) => a.year - b.year);
  const first = sorted[0]!.year;
  const last = sorted[sorted.length - 1]!.year;
  const w = window ?? { from: first, to: last };
  if (w.to - w.from < 1) return 'window-too-short';
  if (w.from < first || w.to > last) return 'window-outside-history';
  const inside = sorted.filter((p) => p.year >= w.from && p.year <= w.to);
  if (inside.some((p) => p.value === null)) return 'missing-window-value';
  return inside as Known[];
}

/** Compound annual growth rate between two values `years` apart. */
export function cagr(first: number, last: number, years: number): number {
  return Math.pow(last / first, 1 / years) - 1;
}

/** Least-squares line through points: slope and value at the mean year. */
function leastSquares(points: readonly Known[]): { slope: number; meanYear: number; meanValue: number } {
  const n = points.length;
  const meanYear = points.reduce((s, p) => s + p.year, 0) / n;
  const meanValue = points.reduce((s, p) => s + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.year - meanYear) * (p.value - meanValue);
    sxx += (p.year - meanYear) ** 2;
  }
  return { slope: sxy / sxx, meanYear, meanValue };
}

/** Projects `history` to `horizon` with `method`. Refuses nonsense input with a reason. */
export function projectWithMethod(history: readonly SeriesPoint[], method: ProjectionMethod, horizon: number): MethodResult {
  if (history.length === 0) return fail('empty-series');
  // Years added at the end and not filled in yet do not stop a projection: it goes on from the last year with a value.
  const base = lastPoint(history.filter((p) => p.value !== null));
  if (!base || base.value === null) return fail('missing-base');
  if (!Number.isInteger(horizon) || horizon <= base.year) return fail('horizon-before-base');
  if (horizon > LIMITS.horizonMax) return fail('horizon-too-far');
  const baseYear = base.year;
  const baseValue = base.value;
  const growth = (rate: number, parameters: MethodParameters): MethodResult =>
    !Number.isFinite(rate) || rate <= -1
      ? fail('invalid-rate')
      : { ok: true, baseYear, baseValue, parameters, points: repeatGrowth(baseYear, baseValue, rate, horizon) };

  switch (method.kind) {
    case 'growth': {
      const rate = method.rate ?? defaultGrowthRate(history);
      return rate === null ? fail('no-rate') : growth(rate, { rate });
    }
    case 'cagr':
    case 'average': {
      const pts = windowPoints(history, method.window);
      if (typeof pts === 'string') return fail(pts);
      const window = { from: pts[0]!.year, to: pts[pts.length - 1]!.year };
      if (method.kind === 'cagr') {
        const first = pts[0]!.value;
        const last = pts[pts.length - 1]!.value;
        if (first <= 0 || last <= 0) return fail('nonpositive-base');
        return growth(cagr(first, last, window.to - window.from), { rate: cagr(first, last, window.to - window.from), window });
      }
      const changes: number[] = [];
      for (let i = 1; i < pts.length; i++) {
        const prev = pts[i - 1]!;
        if (prev.value === 0) return fail('nonpositive-base');
        changes.push(pts[i]!.value / prev.value - 1);
      }
      const rate = changes.reduce((s, c) => s + c, 0) / changes.length;
      return growth(rate, { rate, window });
    }
    case 'linear': {
      const pts = windowPoints(history, method.window);
      if (typeof pts === 'string') return fail(pts);
      const { slope, meanYear, meanValue } = leastSquares(pts);
      const points: ProjectedPoint[] = [];
      for (let year = baseYear + 1; year <= horizon; year++) points.push({ year, value: meanValue + slope * (year - meanYear) });
      return {
        ok: true,
        baseYear,
        baseValue,
        parameters: { slope, intercept: meanValue - slope * meanYear, window: { from: pts[0]!.year, to: pts[pts.length - 1]!.year } },
        points,
      };
    }
    case 'custom': {
      if (method.rates.length === 0) return fail('no-rates');
      if (method.rates.some((r) => !Number.isFinite(r) || r <= -1)) return fail('invalid-rate');
      const points: ProjectedPoint[] = [];
      let value = baseValue;
      for (let year = baseYear + 1, k = 0; year <= horizon; year++, k++) {
        value *= 1 + method.rates[Math.min(k, method.rates.length - 1)]!;
        points.push({ year, value });
      }
      return { ok: true, baseYear, baseValue, parameters: { rates: method.rates }, points };
    }
  }
}

/** Projected points with their change on the year before (the base year for the first). */
export function projectedWithChanges(result: Extract<MethodResult, { ok: true }>): { year: number; value: number; change: number }[] {
  let prev = result.baseValue;
  return result.points.map((p) => {
    const change = p.value / prev - 1;
    prev = p.value;
    return { year: p.year, value: p.value, change };
  });
}

/** A share of a projected series as a derived series (e.g. the AI part of new money). */
export function splitSeries(points: readonly ProjectedPoint[], share: number): ProjectedPoint[] {
  if (!Number.isFinite(share) || share < 0 || share > 1) throw new RangeError('share must be between 0 and 1');
  return points.map((p) => ({ year: p.year, value: p.value * share }));
}
