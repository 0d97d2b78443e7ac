/**
 * A derived series projected through its inputs: over the years after its last value, its formula reads
 * each input's history where there is one, else that input's projection under the scenario of the same
 * name (its baseline when it has none of that name). A derived input with no scenario of its own is
 * itself computed through its inputs, so `[share of a share]` flows through as well.
 */
import type { MethodResult, ProjectionFailure } from '../projection-methods';
import type { Scenario, Series, Workbook } from '../types';
import { LIMITS } from '../limits';
import { evaluateFormula } from './formula-eval';
import { formulaContext, isDerived, parsedFormula, seriesByName } from './derived-series';

/** Projects a scenario of the workbook (scenarios.ts's projectScenario, passed in to keep the modules apart). */
type Project = (scenario: Scenario) => MethodResult;

/** The scenario of an input that a derived series' scenario named `name` reads: the same name, else the input's baseline. */
export function inputScenario(wb: Pick<Workbook, 'series' | 'scenarios'>, input: Series, name: string): Scenario | undefined {
  const own = wb.scenarios.filter((s) => s.seriesId === input.id);
  return own.find((s) => s.name === name) ?? own.find((s) => s.id === input.baselineScenarioId) ?? own[0];
}

/** Year → value of each input name under a scenario name, history first, then the input's projection. */
function valuesThrough(wb: Pick<Workbook, 'series' | 'scenarios'>, name: string, project: Project) {
  const byName = seriesByName(wb.series);
  const history = formulaContext(wb.series);
  const projected = new Map<string, Map<number, number>>();
  const inProgress = new Set<string>();
  const value = (input: string, year: number, depth = 0): number | null => {
    const own = history.value(input, year);
    if (own !== null) return own;
    const s = byName.get(input);
    if (!s) return null;
    let byYear = projected.get(input);
    if (!byYear) {
      byYear = new Map();
      const scenario = inputScenario(wb, s, name);
      if (scenario && scenario.scope !== 'inputs') {
        const r = project(scenario);
        if (r.ok) for (const p of r.points) byYear.set(p.year, p.value);
      } else if (isDerived(s) && !inProgress.has(input) && depth < LIMITS.formulaDepth) {
        // Computed year by year below (its own inputs' projections), remembered as it goes.
        inProgress.add(input);
        const p = parsedFormula(s.formula!);
        const ctx = { ...history, value: (n: string, y: number) => value(n, y, depth + 1) };
        if (p.ok)
          for (let y = year; y <= LIMITS.horizonMax && y <= year + 200; y++) {
            const v = evaluateFormula(p.node, y, ctx);
            if (!v.ok) break;
            byYear.set(y, v.value);
          }
        inProgress.delete(input);
      }
      projected.set(input, byYear);
    }
    return byYear.get(year) ?? null;
  };
  return { ...history, value: (n: string, y: number) => value(n, y) };
}

/** The projection of a derived series' 'inputs' scenario: its formula over the inputs' projections, to the horizon. */
export function projectThroughInputs(wb: Pick<Workbook, 'series' | 'scenarios'>, scenario: Scenario, project: Project): MethodResult {
  const fail = (reason: ProjectionFailure): MethodResult => ({ ok: false, reason });
  const s = wb.series.find((x) => x.id === scenario.seriesId);
  if (!s || !isDerived(s)) return fail('not-derived');
  const p = parsedFormula(s.formula!);
  if (!p.ok) return fail('not-derived');
  const base = [...s.points].reverse().find((x) => x.value !== null);
  if (!base || base.value === null) return fail('missing-base');
  if (scenario.horizon <= base.year) return fail('horizon-before-base');
  if (scenario.horizon > LIMITS.horizonMax) return fail('horizon-too-far');
  const ctx = valuesThrough(wb, scenario.inputs ?? scenario.name, project);
  const points: { year: number; value: number }[] = [];
  for (let year = base.year + 1; year <= scenario.horizon; year++) {
    const v = evaluateFormula(p.node, year, ctx);
    if (!v.ok) break;
    points.push({ year, value: v.value });
  }
  if (points.length === 0) return fail('inputs-not-projected');
  return { ok: true, baseYear: base.year, baseValue: base.value, parameters: {}, points };
}
