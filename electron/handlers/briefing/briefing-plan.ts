/** Where everything goes in the briefing: rows of years, columns of scenarios, cells of assumptions. */
import { compareScenarios } from '../../../core/scenarios';
import { cagr, type MethodResult } from '../../../core/projection-methods';
import type { Lang, Scenario, Series, SeriesPoint, Workbook } from '../../../core/types';
import { briefingLabels, type BriefingLabels } from './briefing-labels';
import { col, q } from './briefing-style';

/** First data row of the series, projections, sensitivity and center sheets (row 4 is the header). */
export const FIRST_ROW = 5;
/** First column of per-year custom rates in the assumptions block. */
export const CUSTOM_RATE_COL = 10;

/** Everything the sheet writers need to agree on. */
export interface BriefingPlan {
  workbook: Workbook;
  lang: Lang;
  L: BriefingLabels;
  series: Series;
  history: SeriesPoint[];
  baseYear: number;
  baseValue: number | null;
  scenarios: Scenario[];
  results: Record<string, MethodResult>;
  baselineId: string;
  /** Every year of the projections sheet: first actual … latest horizon. */
  years: number[];
  sensitivityYears: number[];
  seriesRow(year: number): number;
  projectionRow(year: number): number;
  scenarioCol(id: string): number;
  /** Pairs of (absolute, %) difference columns per non-baseline scenario. */
  diffCols: { id: string; abs: number; pct: number }[];
  /** Summary rows. */
  summary: { firstScenarioRow: number; assumptionHeaderRow: number; assumptionRow(id: string): number; regionRow: number };
  ref: { seriesYears: string; seriesValues: string; seriesChanges: string; baseValueCell: string; baseYearCell: string; rateCell(id: string): string; customRateCell(id: string, k: number): string; slopeCell(id: string): string; interceptCell(id: string): string };
  cagrAll: number | null;
}

/** Plans the briefing of a workbook (its baseline scenario's series and the scenarios on it). */
export function planBriefing(workbook: Workbook, lang: Lang, options: { withImage: boolean } = { withImage: false }): BriefingPlan {
  const L = briefingLabels(lang);
  const baseline = workbook.scenarios.find((s) => s.id === workbook.baselineScenarioId) ?? workbook.scenarios[0]!;
  const series = workbook.series.find((s) => s.id === baseline.seriesId) ?? workbook.series[0]!;
  const { scenarios, results } = compareScenarios(workbook, series.id);
  const history = [...series.points].sort((a, b) => a.year - b.year);
  const base = history[history.length - 1];
  const baseYear = base?.year ?? new Date().getFullYear();
  const maxHorizon = Math.max(baseYear, ...scenarios.map((s) => (results[s.id]?.ok ? s.horizon : baseYear)));
  const firstYear = history[0]?.year ?? baseYear;
  const years = Array.from({ length: maxHorizon - firstYear + 1 }, (_, i) => firstYear + i);
  const sensitivityYears = Array.from({ length: Math.min(30, Math.max(4, maxHorizon - baseYear)) }, (_, i) => baseYear + 1 + i);
  const rowOfHistory = new Map(history.map((p, i) => [p.year, FIRST_ROW + i]));
  const scenarioIndex = new Map(scenarios.map((s, i) => [s.id, i]));
  const nonBaseline = scenarios.filter((s) => s.id !== baseline.id);
  const diffStart = 3 + scenarios.length;
  const diffCols = nonBaseline.map((s, i) => ({ id: s.id, abs: diffStart + 2 * i, pct: diffStart + 2 * i + 1 }));

  // Row 11 heads the scenario block (name | end value | vs. baseline | %).
  const firstScenarioRow = 12;
  // With the app's chart image beside the key figures, leave room for it.
  const assumptionHeaderRow = Math.max(firstScenarioRow + scenarios.length + 2, options.withImage ? 24 : 0);
  const assumptionRow = (id: string) => assumptionHeaderRow + 1 + scenarioIndex.get(id)!;
  const lastSeriesRow = FIRST_ROW + Math.max(0, history.length - 1);
  const S = q(L.sheets.series);
  const A = q(L.sheets.summary);
  const first = history[0];
  return {
    workbook,
    lang,
    L,
    series,
    history,
    baseYear,
    baseValue: base?.value ?? null,
    scenarios,
    results,
    baselineId: baseline.id,
    years,
    sensitivityYears,
    seriesRow: (year) => rowOfHistory.get(year)!,
    projectionRow: (year) => FIRST_ROW + (year - firstYear),
    scenarioCol: (id) => 3 + scenarioIndex.get(id)!,
    diffCols,
    summary: { firstScenarioRow, assumptionHeaderRow, assumptionRow, regionRow: assumptionHeaderRow + scenarios.length + 3 },
    ref: {
      seriesYears: `${S}!$A$${FIRST_ROW}:$A$${lastSeriesRow}`,
      seriesValues: `${S}!$B$${FIRST_ROW}:$B$${lastSeriesRow}`,
      seriesChanges: `${S}!$C$${FIRST_ROW}:$C$${lastSeriesRow}`,
      baseValueCell: `${S}!$B$${lastSeriesRow}`,
      baseYearCell: `${S}!$A$${lastSeriesRow}`,
      rateCell: (id) => `${A}!$C$${assumptionRow(id)}`,
      customRateCell: (id, k) => `${A}!$${col(CUSTOM_RATE_COL + k)}$${assumptionRow(id)}`,
      slopeCell: (id) => `${A}!$F$${assumptionRow(id)}`,
      interceptCell: (id) => `${A}!$G$${assumptionRow(id)}`,
    },
    cagrAll: first && base && first.value && base.value && first.value > 0 && base.value > 0 && base.year > first.year ? cagr(first.value, base.value, base.year - first.year) : null,
  };
}
