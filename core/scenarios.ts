/** Named scenarios: projecting each (memoised), goal seek, comparison against a series' baseline and the sensitivity table. */
import { requiredRate, requiredSlope, yearReachedAtRate, yearReachedOnLine, type GoalResult } from './goal-seek';
import { nextPrefixedId } from './ids';
import { projectWithMethod, type MethodResult, type ProjectionMethod } from './projection-methods';
import { childIds, effectivePoints } from './series-table';
import { projectThroughInputs } from './formula/derived-projection';
import type { Scenario, Series, SeriesPoint, Workbook } from './types';
import { LIMITS } from './limits';

/** The parts of a workbook projections read. */
export type ProjectionInput = Pick<Workbook, 'series' | 'scenarios'>;

/** The series a scenario projects, or undefined if it is gone. */
export function scenarioSeries(workbook: Pick<Workbook, 'series'>, scenario: Scenario): Series | undefined {
  return workbook.series.find((s) => s.id === scenario.seriesId);
}

/** The history a series projects from (a group's sums where nothing was entered). */
export function seriesHistory(workbook: Pick<Workbook, 'series'>, seriesId: string): SeriesPoint[] {
  return effectivePoints(workbook.series, seriesId);
}

const sameHistory = (a: readonly SeriesPoint[], b: readonly SeriesPoint[]) =>
  a.length === b.length && a.every((p, i) => p.year === b[i]!.year && p.value === b[i]!.value);

/** Last projection per scenario object and its inputs: editing one series leaves the others' projections alone. */
const memo = new WeakMap<Scenario, { histories: SeriesPoint[][]; result: MethodResult }>();

/** Projects each child of a group with the scenario's method and adds them up (same base year required). */
function projectChildren(scenario: Scenario, histories: SeriesPoint[][]): MethodResult {
  if (histories.length === 0) return { ok: false, reason: 'no-children' };
  const results = histories.map((h) => projectWithMethod(h, scenario.method, scenario.horizon));
  const failed = results.find((r) => !r.ok);
  if (failed) return failed;
  const ok = results as Extract<MethodResult, { ok: true }>[];
  const baseYear = ok[0]!.baseYear;
  if (ok.some((r) => r.baseYear !== baseYear)) return { ok: false, reason: 'children-base-differ' };
  const points = ok[0]!.points.map((p, i) => ({ year: p.year, value: ok.reduce((s, r) => s + r.points[i]!.value, 0) }));
  return { ok: true, baseYear, baseValue: ok.reduce((s, r) => s + r.baseValue, 0), parameters: { children: ok.length }, points };
}

/** Last projection through inputs per scenario, valid while the workbook's series and scenarios are the same arrays. */
const inputsMemo = new WeakMap<Scenario, { series: readonly Series[]; scenarios: readonly Scenario[]; result: MethodResult }>();

/** Projects one scenario of the workbook (memoised on the scenario and its history). */
export function projectScenario(workbook: ProjectionInput, scenario: Scenario): MethodResult {
  if (scenario.scope === 'inputs') {
    const hit = inputsMemo.get(scenario);
    if (hit && hit.series === workbook.series && hit.scenarios === workbook.scenarios) return hit.result;
    const result = projectThroughInputs(workbook, scenario, (s) => projectScenario(workbook, s));
    inputsMemo.set(scenario, { series: workbook.series, scenarios: workbook.scenarios, result });
    return result;
  }
  const byChildren = scenario.scope === 'children' ? childIds(workbook.series, scenario.seriesId) : [];
  const useChildren = scenario.scope === 'children';
  const histories = useChildren ? byChildren.map((id) => seriesHistory(workbook, id)) : [seriesHistory(workbook, scenario.seriesId)];
  const cached = memo.get(scenario);
  if (cached && cached.histories.length === histories.length && cached.histories.every((h, i) => sameHistory(h, histories[i]!)))
    return cached.result;
  const result = useChildren ? projectChildren(scenario, histories) : projectWithMethod(histories[0]!, scenario.method, scenario.horizon);
  memo.set(scenario, { histories, result });
  return result;
}

/** The scenario a series' other scenarios are compared against: its chosen baseline, else its first scenario. */
export function baselineFor(workbook: ProjectionInput, seriesId: string): Scenario | undefined {
  const series = workbook.series.find((s) => s.id === seriesId);
  const own = workbook.scenarios.filter((s) => s.seriesId === seriesId);
  return own.find((s) => s.id === series?.baselineScenarioId) ?? own[0];
}

/** Goal-seek answers for a projection. */
export interface GoalAnswer {
  target: number;
  targetYear: number;
  /** Constant rate needed from the last actual value to reach the target by the target year. */
  requiredRate: GoalResult<number>;
  /** For straight-line methods: slope needed from the last actual value. */
  requiredSlope: GoalResult<number> | null;
  /** First year the scenario's own method reaches the target (searched to LIMITS.horizonMax for custom rates). */
  reachedInYear: GoalResult<number>;
}

/** Answers "what does it take to reach `target` by `targetYear`, and when does this method get there?". */
export function goalSeek(
  method: ProjectionMethod,
  result: Extract<MethodResult, { ok: true }>,
  target: number,
  targetYear: number,
  history: readonly SeriesPoint[],
): GoalAnswer {
  const { baseYear, baseValue, parameters } = result;
  let reachedInYear: GoalResult<number>;
  if (method.kind === 'linear' && parameters.slope !== undefined) {
    reachedInYear = yearReachedOnLine(baseYear, parameters.intercept!, parameters.slope, target);
  } else if (method.kind === 'custom' || parameters.rate === undefined) {
    // No closed form for a row of different rates (or a group's total): walk the years.
    const far = projectWithMethod(history, method, LIMITS.horizonMax);
    const hit = target <= baseValue ? baseYear : far.ok ? far.points.find((p) => p.value >= target)?.year : undefined;
    reachedInYear = hit === undefined ? { ok: false, reason: 'never-reached' } : { ok: true, value: hit };
  } else {
    reachedInYear = yearReachedAtRate(baseYear, baseValue, parameters.rate, target);
  }
  return {
    target,
    targetYear,
    requiredRate: requiredRate(baseYear, baseValue, target, targetYear),
    requiredSlope: method.kind === 'linear' ? requiredSlope(baseYear, baseValue, target, targetYear) : null,
    reachedInYear,
  };
}

/** One row of the comparison: a year with the actual value and each scenario's value and difference. */
export interface ComparisonRow {
  year: number;
  actual: number | null;
  values: Record<string, number | null>;
  /** Difference from the baseline scenario, absolute and as a fraction of the baseline. */
  diff: Record<string, { abs: number; pct: number | null } | null>;
}

/** The comparison of every scenario on one series. */
export interface Comparison {
  rows: ComparisonRow[];
  scenarios: Scenario[];
  results: Record<string, MethodResult>;
  baselineId: string | null;
}

/** Side-by-side table of every scenario on `seriesId`, rows per year from the first actual to the last horizon. */
export function compareScenarios(workbook: ProjectionInput, seriesId: string): Comparison {
  const history = seriesHistory(workbook, seriesId);
  const scenarios = workbook.scenarios.filter((s) => s.seriesId === seriesId);
  const baselineId = baselineFor(workbook, seriesId)?.id ?? null;
  const results: Record<string, MethodResult> = {};
  const byYear = new Map<string, Map<number, number>>();
  for (const s of scenarios) {
    const r = projectScenario(workbook, s);
    results[s.id] = r;
    byYear.set(s.id, new Map(r.ok ? r.points.map((p) => [p.year, p.value]) : []));
  }
  const years = new Set(history.map((p) => p.year));
  for (const m of byYear.values()) for (const y of m.keys()) years.add(y);
  const actual = new Map(history.map((p) => [p.year, p.value]));
  const baseline = baselineId === null ? undefined : byYear.get(baselineId);
  const rows = [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const values: ComparisonRow['values'] = {};
      const diff: ComparisonRow['diff'] = {};
      const b = baseline?.get(year);
      for (const s of scenarios) {
        const v = byYear.get(s.id)!.get(year) ?? null;
        values[s.id] = v;
        diff[s.id] = v === null || b === undefined ? null : { abs: v - b, pct: b === 0 ? null : v / b - 1 };
      }
      return { year, actual: actual.get(year) ?? null, values, diff };
    });
  return { rows, scenarios, results, baselineId };
}

/** Most year columns a sensitivity table shows. */

/** Rows and columns of a sensitivity table. */
export interface SensitivityShape {
  /** Growth rates (fractions), ascending. */
  rates: number[];
  /** Index of the scenario's own rate among `rates`, or -1. */
  ownIndex: number;
  years: number[];
}

/**
 * The sensitivity table's shape, shared by the grid, the CSV and the briefing: years from the base
 * year to the horizon (at least 4, at most 30); rates in 1-point steps centred on the scenario's own
 * rate (5%–20% when it has none), with the own rate itself as a row.
 */
export function sensitivityShape(baseYear: number, horizon: number, ownRate: number | null): SensitivityShape {
  const span = Math.min(LIMITS.sensitivityYears, Math.max(4, horizon - baseYear));
  const years = Array.from({ length: span }, (_, i) => baseYear + 1 + i);
  const own = ownRate !== null && Number.isFinite(ownRate) && ownRate > -0.9 && ownRate < 10 ? ownRate : null;
  const centre = own === null ? 12 : Math.round(own * 100);
  const points = Array.from({ length: 16 }, (_, i) => centre - 7 + i).filter((p) => p > -90);
  const rates = points.map((p) => p / 100);
  if (own !== null && !rates.some((r) => Math.abs(r - own) < 1e-9)) rates.push(own);
  rates.sort((a, b) => a - b);
  return { rates, ownIndex: own === null ? -1 : rates.findIndex((r) => Math.abs(r - own) < 1e-9), years };
}

/** The sensitivity shape of a scenario's projection (its own rate when its method has one). */
export function scenarioSensitivity(result: Extract<MethodResult, { ok: true }>, horizon: number): SensitivityShape {
  return sensitivityShape(result.baseYear, horizon, result.parameters.rate ?? null);
}

/** End values base·(1+r)^(h − baseYear) for every rate (rows) × horizon year (columns). */
export function sensitivityTable(baseYear: number, baseValue: number, rates: readonly number[], horizons: readonly number[]): number[][] {
  return rates.map((r) => horizons.map((h) => baseValue * Math.pow(1 + r, h - baseYear)));
}

/** The next free scenario id (s1, s2, …). */
export function nextScenarioId(scenarios: readonly Scenario[]): string {
  return nextPrefixedId('s', scenarios);
}

/** The next free series id (series1, series2, …). */
export function nextSeriesId(series: readonly Series[]): string {
  return nextPrefixedId('series', series);
}
