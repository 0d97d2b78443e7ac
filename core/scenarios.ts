/** Named scenarios: projecting each, goal seek, comparison against a baseline and the sensitivity table. */
import { nextPrefixedId } from './ids';
import { requiredRate, requiredSlope, yearReachedAtRate, yearReachedOnLine, type GoalResult } from './goal-seek';
import { MAX_HORIZON } from './projection';
import { projectWithMethod, type MethodResult, type ProjectionMethod } from './projection-methods';
import type { Scenario, Series, SeriesPoint, Workbook } from './types';

/** The series a scenario projects (the first series if its own is gone). */
export function scenarioSeries(workbook: Workbook, scenario: Scenario): Series {
  return workbook.series.find((s) => s.id === scenario.seriesId) ?? workbook.series[0]!;
}

/** Projects one scenario of the workbook. */
export function projectScenario(workbook: Workbook, scenario: Scenario): MethodResult {
  return projectWithMethod(scenarioSeries(workbook, scenario).points, scenario.method, scenario.horizon);
}

/** Goal-seek answers for a projection. */
export interface GoalAnswer {
  target: number;
  targetYear: number;
  /** Constant rate needed from the last actual value to reach the target by the target year. */
  requiredRate: GoalResult<number>;
  /** For straight-line methods: slope needed from the last actual value. */
  requiredSlope: GoalResult<number> | null;
  /** First year the scenario's own method reaches the target (searched to MAX_HORIZON for custom rates). */
  reachedInYear: GoalResult<number>;
}

/** Answers "what does it take to reach `target` by `targetYear`, and when does this method get there?". */
export function goalSeek(method: ProjectionMethod, result: Extract<MethodResult, { ok: true }>, target: number, targetYear: number, history: readonly SeriesPoint[]): GoalAnswer {
  const { baseYear, baseValue, parameters } = result;
  let reachedInYear: GoalResult<number>;
  if (method.kind === 'linear') {
    reachedInYear = yearReachedOnLine(baseYear, parameters.intercept!, parameters.slope!, target);
  } else if (method.kind === 'custom') {
    // No closed form for a row of different rates: walk the years.
    const far = projectWithMethod(history, method, MAX_HORIZON);
    const hit = target <= baseValue ? baseYear : far.ok ? far.points.find((p) => p.value >= target)?.year : undefined;
    reachedInYear = hit === undefined ? { ok: false, reason: 'never-reached' } : { ok: true, value: hit };
  } else {
    reachedInYear = yearReachedAtRate(baseYear, baseValue, parameters.rate!, target);
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

/** Side-by-side table of every scenario on `seriesId`, rows per year from the first actual to the last horizon. */
export function compareScenarios(workbook: Pick<Workbook, 'series' | 'scenarios' | 'baselineScenarioId'>, seriesId: string): { rows: ComparisonRow[]; scenarios: Scenario[]; results: Record<string, MethodResult> } {
  const series = workbook.series.find((s) => s.id === seriesId) ?? workbook.series[0]!;
  const scenarios = workbook.scenarios.filter((s) => s.seriesId === series.id);
  const results: Record<string, MethodResult> = {};
  const byYear = new Map<string, Map<number, number>>();
  for (const s of scenarios) {
    const r = projectWithMethod(series.points, s.method, s.horizon);
    results[s.id] = r;
    byYear.set(s.id, new Map(r.ok ? r.points.map((p) => [p.year, p.value]) : []));
  }
  const years = new Set(series.points.map((p) => p.year));
  for (const m of byYear.values()) for (const y of m.keys()) years.add(y);
  const actual = new Map(series.points.map((p) => [p.year, p.value]));
  const baseline = byYear.get(workbook.baselineScenarioId);
  const rows = [...years].sort((a, b) => a - b).map((year) => {
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
  return { rows, scenarios, results };
}

/** Rates 5%…20% in steps of 1 point: the default rows of the sensitivity table. */
export const DEFAULT_SENSITIVITY_RATES = Array.from({ length: 16 }, (_, i) => (5 + i) / 100);

/** End values base·(1+r)^(h − baseYear) for every rate (rows) × horizon year (columns). */
export function sensitivityTable(baseYear: number, baseValue: number, rates: readonly number[], horizons: readonly number[]): number[][] {
  return rates.map((r) => horizons.map((h) => baseValue * Math.pow(1 + r, h - baseYear)));
}

/** The next free scenario id (s1, s2, …). */
export function nextScenarioId(scenarios: readonly Scenario[]): string {
  return nextPrefixedId('s', scenarios);
}
