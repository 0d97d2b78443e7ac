/**
 * Derived series in the briefing as live Excel formulas: on the series sheet over the cells of the series
 * they read; in a projection block (a scenario through inputs) over the inputs' history cells and their
 * scenarios' projected cells. Where an input has no cell to point at, the cell keeps the app's value.
 */
import { inputScenario } from '../../../core/formula/derived-projection';
import { parsedFormula, seriesByName } from '../../../core/formula/derived-series';
import { formulaToExcel, parentKeyOf, type CellRef } from '../../../core/formula/formula-excel';
import type { Scenario, Series } from '../../../core/types';
import { col, type BriefingPlan } from './briefing-plan';

/** Resolves a CellRef's name: a series, or (for SHARE) the parent group of one. */
function resolver(plan: BriefingPlan) {
  const byName = seriesByName(plan.workbook.series);
  const byId = new Map(plan.workbook.series.map((s) => [s.id, s]));
  return {
    unit: (name: string) => byName.get(name)?.unit ?? '',
    series: (key: string): Series | undefined => {
      const child = parentKeyOf(key);
      if (child === null) return byName.get(key);
      const parentId = byName.get(child)?.parentId;
      return parentId ? byId.get(parentId) : undefined;
    },
  };
}

/** The formula of a derived series' year cell on the series sheet (null: write the value). */
export function seriesSheetFormula(plan: BriefingPlan, series: Series, year: number): string | null {
  const p = series.formula ? parsedFormula(series.formula) : null;
  if (!p?.ok) return null;
  const { table } = plan;
  const years = new Set(table.years);
  const r = resolver(plan);
  const ref: CellRef = (name, y) => {
    const s = r.series(name);
    return s && years.has(y) ? `${col(table.yearCol(y))}${table.valueRow(s.id)}` : null;
  };
  return formulaToExcel(p.node, year, ref, r.unit);
}

/** The formula of a projected year of a scenario through inputs (null: write the value). */
export function throughInputsFormula(plan: BriefingPlan, series: Series, scenario: Scenario, year: number): string | null {
  const p = series.formula ? parsedFormula(series.formula) : null;
  if (!p?.ok) return null;
  const r = resolver(plan);
  const ref: CellRef = (name, y) => {
    const s = r.series(name);
    if (!s) return null;
    const actual = plan.table.rows.find((row) => row.series.id === s.id)?.cells.get(y)?.value ?? null;
    if (actual !== null) return plan.ref.value(s.id, y);
    const own = inputScenario(plan.workbook, s, scenario.inputs ?? scenario.name);
    const block = plan.blocks.find((b) => b.series.id === s.id);
    if (!own || !block || !block.scenarios.includes(own) || !block.years.includes(y)) return null;
    const result = block.results[own.id];
    if (!result?.ok || !result.points.some((pt) => pt.year === y)) return null;
    return `${col(block.scenarioCol(own.id))}${block.row(y)}`;
  };
  return formulaToExcel(p.node, year, ref, r.unit);
}
