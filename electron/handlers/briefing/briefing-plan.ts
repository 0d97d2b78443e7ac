/**
 * Where everything goes in the briefing, decided before anything is written, so sheets can reference
 * each other's cells: the series table (a row per series, a column per year), one projection block
 * and one sensitivity block per series that has scenarios, the summary's scenario and assumption rows.
 */
import { columnLetters } from '../../../core/a1';
import type { BriefingContent, ProjectionContent, SensitivityContent } from '../../../core/briefing/briefing-content';
import type { TableRow } from '../../../core/series-table';
import type { Lang, Scenario, Series, Workbook } from '../../../core/types';
import { briefingLabels, type BriefingLabels } from './briefing-labels';

/** Header row of the series, projections and centers sheets (rows 1–2 hold the title). */
export const HEADER_ROW = 4;
/** First data row under a one-row header. */
export const FIRST_ROW = 5;
/** Assumptions block columns (1-based): series, scenario, method, rate, window from/to, slope, intercept, horizon, rates →. */
export const ASSUMPTION_COLS = {
  series: 1,
  scenario: 2,
  method: 3,
  rate: 4,
  from: 5,
  to: 6,
  slope: 7,
  intercept: 8,
  horizon: 9,
  customRates: 11,
} as const;

/** Column letter of a 1-based column number. */
export const col = (n: number): string => columnLetters(n - 1);
/** A sheet name quoted for formulas: '예산 추이'. */
export const q = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** The series sheet: a row per series in tree order, year columns, unit and note; then the change rows. */
export interface SeriesSheetPlan {
  rows: TableRow[];
  years: number[];
  yearCol: (year: number) => number;
  unitCol: number;
  noteCol: number;
  valueRow: (id: string) => number;
  changeHeaderRow: number;
  changeRow: (id: string) => number;
}

/** One series' projections: a block of rows on the projections sheet, with its chart beside it. */
export interface ProjectionBlock extends ProjectionContent {
  titleRow: number;
  headerRow: number;
  row: (year: number) => number;
  scenarioCol: (id: string) => number;
  diffCols: { id: string; abs: number; pct: number }[];
  lastCol: number;
}

/** One series' sensitivity table (its baseline scenario's base value × rates × years). */
export interface SensitivityBlock extends SensitivityContent {
  titleRow: number;
  headerRow: number;
}

/** Everything the sheet writers need to agree on. */
export interface BriefingPlan {
  workbook: Workbook;
  lang: Lang;
  L: BriefingLabels;
  sheets: BriefingLabels['sheets'];
  table: SeriesSheetPlan;
  /** The series the key figures describe: the first with scenarios, else the first. */
  main: Series | null;
  blocks: ProjectionBlock[];
  sensitivity: SensitivityBlock[];
  summary: {
    scenarioHeaderRow: number;
    scenarioRows: { block: ProjectionBlock; scenario: Scenario; row: number }[];
    assumptionHeaderRow: number;
    assumptionRow: (id: string) => number;
    regionRow: number;
  };
  ref: {
    /** Absolute reference to a series' value cell for a year on the series sheet. */
    value: (seriesId: string, year: number) => string;
    change: (seriesId: string, year: number) => string;
    valueRange: (seriesId: string) => string;
    changeRange: (seriesId: string) => string;
    yearRange: string;
    yearHeader: (year: number) => string;
    assumption: (id: string, key: keyof typeof ASSUMPTION_COLS, offset?: number) => string;
  };
}

function planSeriesSheet(t: BriefingContent['table']): SeriesSheetPlan {
  const yearIndex = new Map(t.years.map((y, i) => [y, i]));
  const rowIndex = new Map(t.rows.map((r, i) => [r.series.id, i]));
  const changeHeaderRow = FIRST_ROW + t.rows.length + 2;
  return {
    rows: t.rows,
    years: t.years,
    yearCol: (year) => 2 + yearIndex.get(year)!,
    unitCol: 2 + t.years.length,
    noteCol: 3 + t.years.length,
    valueRow: (id) => FIRST_ROW + rowIndex.get(id)!,
    changeHeaderRow,
    changeRow: (id) => changeHeaderRow + 1 + rowIndex.get(id)!,
  };
}

/** Places each series' projections (from the content) in a block of rows on the projections sheet. */
function planBlocks(projections: readonly ProjectionContent[]): ProjectionBlock[] {
  const blocks: ProjectionBlock[] = [];
  let next = FIRST_ROW - 1;
  for (const p of projections) {
    const { scenarios, baselineId, years } = p;
    const firstYear = years[0]!;
    const titleRow = next;
    const headerRow = titleRow + 1;
    const scenarioIndex = new Map(scenarios.map((s, i) => [s.id, i]));
    const diffStart = 3 + scenarios.length;
    const diffCols = scenarios
      .filter((s) => s.id !== baselineId && baselineId !== null)
      .map((s, i) => ({ id: s.id, abs: diffStart + 2 * i, pct: diffStart + 2 * i + 1 }));
    const rowsNeeded = Math.max(years.length, 16);
    blocks.push({
      ...p,
      titleRow,
      headerRow,
      row: (year) => headerRow + 1 + (year - firstYear),
      scenarioCol: (id) => 3 + scenarioIndex.get(id)!,
      diffCols,
      lastCol: diffStart + diffCols.length * 2 - 1,
    });
    next = headerRow + 1 + rowsNeeded + 2;
  }
  return blocks;
}

/** Places each sensitivity table (from the content) on the sensitivity sheet. */
function planSensitivity(sensitivity: readonly SensitivityContent[]): SensitivityBlock[] {
  const out: SensitivityBlock[] = [];
  let next = FIRST_ROW - 1;
  for (const s of sensitivity) {
    out.push({ ...s, titleRow: next, headerRow: next + 1 });
    next += s.shape.rates.length + 4;
  }
  return out;
}

/** Places a briefing's content (made from a workbook whose text is already XML-safe) on the xlsx sheets. */
export function planBriefing(
  workbook: Workbook,
  content: BriefingContent,
  options: { withImage: boolean } = { withImage: false },
): BriefingPlan {
  const lang = content.lang;
  const L = briefingLabels(lang);
  const table = planSeriesSheet(content.table);
  const blocks = planBlocks(content.projections);
  const sensitivity = planSensitivity(content.sensitivity);
  const main = content.main;

  // Row 12 heads the scenario block (series · scenario | end value | vs. baseline | %).
  const scenarioHeaderRow = 12;
  const scenarioRows = blocks
    .flatMap((block) => block.scenarios.map((scenario) => ({ block, scenario })))
    .map((x, i) => ({ ...x, row: scenarioHeaderRow + 1 + i }));
  const assumptionIndex = new Map(scenarioRows.map((x, i) => [x.scenario.id, i]));
  // With the app's chart image beside the key figures, leave room for it.
  const assumptionHeaderRow = Math.max(scenarioHeaderRow + scenarioRows.length + 3, options.withImage ? 26 : 0);
  const assumptionRow = (id: string) => assumptionHeaderRow + 1 + assumptionIndex.get(id)!;
  const S = q(L.sheets.series);
  const A = q(L.sheets.summary);
  const firstYearCol = col(2);
  const lastYearCol = col(Math.max(2, table.unitCol - 1));
  return {
    workbook,
    lang,
    L,
    sheets: L.sheets,
    table,
    main,
    blocks,
    sensitivity,
    summary: {
      scenarioHeaderRow,
      scenarioRows,
      assumptionHeaderRow,
      assumptionRow,
      regionRow: assumptionHeaderRow + scenarioRows.length + 3,
    },
    ref: {
      value: (id, year) => `${S}!$${col(table.yearCol(year))}$${table.valueRow(id)}`,
      change: (id, year) => `${S}!$${col(table.yearCol(year))}$${table.changeRow(id)}`,
      valueRange: (id) => `${S}!$${firstYearCol}$${table.valueRow(id)}:$${lastYearCol}$${table.valueRow(id)}`,
      changeRange: (id) => `${S}!$${firstYearCol}$${table.changeRow(id)}:$${lastYearCol}$${table.changeRow(id)}`,
      yearRange: `${S}!$${firstYearCol}$${HEADER_ROW}:$${lastYearCol}$${HEADER_ROW}`,
      yearHeader: (year) => `${S}!$${col(table.yearCol(year))}$${HEADER_ROW}`,
      assumption: (id, key, offset = 0) => `${A}!$${col(ASSUMPTION_COLS[key] + offset)}$${assumptionRow(id)}`,
    },
  };
}
