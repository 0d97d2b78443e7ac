/** The budget series, projections and sensitivity sheets: formulas with cached results. */
import type ExcelJS from 'exceljs';
import { sensitivityTable, DEFAULT_SENSITIVITY_RATES } from '../../../core/scenarios';
import { formatEok } from '../../../core/format';
import { withChanges } from '../../../core/series';
import { FIRST_ROW, type BriefingPlan } from './briefing-plan';
import { col, ensureFont, FILL, headerCell, inputCell, NUM, printSetup, q, titleRows } from './briefing-style';

type Book = { addWorksheet(name: string, options?: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet };

const formula = (f: string, result: number | null | undefined): ExcelJS.CellFormulaValue => ({ formula: f, result: result ?? undefined, date1904: false });

function headerRow(sheet: ExcelJS.Worksheet, titles: string[]): void {
  const row = sheet.getRow(4);
  titles.forEach((t, i) => headerCell(Object.assign(row.getCell(i + 1), { value: t })));
  row.height = 30;
}

/** 예산 추이: years, budget, year-on-year change as a formula (=B6/B5-1), notes. */
export function writeSeriesSheet(book: Book, plan: BriefingPlan): void {
  const { L, series } = plan;
  const sheet = book.addWorksheet(L.sheets.series, { views: [{ state: 'frozen', ySplit: 4 }], ...printSetup(4, L.page) });
  sheet.columns = [{ width: 10 }, { width: 16 }, { width: 12 }, { width: 56 }];
  titleRows(sheet, L.sheets.series, L.unitNote(series.unit));
  headerRow(sheet, [L.year, L.value(series.unit), L.change, L.note]);
  withChanges(plan.history).forEach((p, i) => {
    const r = FIRST_ROW + i;
    const row = sheet.getRow(r);
    row.getCell(1).value = p.year;
    row.getCell(1).numFmt = NUM.year;
    row.getCell(2).value = p.value;
    row.getCell(2).numFmt = NUM.int;
    if (p.change !== null) row.getCell(3).value = formula(`B${r}/B${r - 1}-1`, p.change);
    row.getCell(3).numFmt = NUM.pctSigned;
    row.getCell(4).value = p.note || null;
    ensureFont(row);
  });
  sheet.commit?.();
}

/** The formula of one projected cell of a scenario column. */
function projectionFormula(plan: BriefingPlan, id: string, year: number, r: number): string {
  const scenario = plan.scenarios.find((s) => s.id === id)!;
  const c = col(plan.scenarioCol(id));
  const m = scenario.method;
  if (m.kind === 'linear') return `${plan.ref.interceptCell(id)}+${plan.ref.slopeCell(id)}*$A${r}`;
  if (m.kind === 'custom') return `${c}${r - 1}*(1+${plan.ref.customRateCell(id, Math.min(year - plan.baseYear - 1, m.rates.length - 1))})`;
  return `${c}${r - 1}*(1+${plan.ref.rateCell(id)})`;
}

/** 전망: a column per scenario, each projected year a formula on the assumptions; differences from the baseline. */
export function writeProjectionSheet(book: Book, plan: BriefingPlan): void {
  const { L, series, scenarios, results } = plan;
  const sheet = book.addWorksheet(L.sheets.projections, { views: [{ state: 'frozen', ySplit: 4, xSplit: 1 }], ...printSetup(4, L.page) });
  sheet.columns = [{ width: 9 }, { width: 13 }, ...scenarios.map(() => ({ width: 17 })), ...plan.diffCols.flatMap(() => [{ width: 15 }, { width: 13 }])];
  titleRows(sheet, L.sheets.projections, L.unitNote(series.unit));
  const name = (id: string) => scenarios.find((s) => s.id === id)!.name;
  headerRow(sheet, [
    L.year,
    L.actual,
    ...scenarios.map((s) => (s.id === plan.baselineId ? `${s.name} (${L.baseline})` : s.name)),
    ...plan.diffCols.flatMap((d) => [L.diff(name(d.id)), L.diffPct(name(d.id))]),
  ]);
  const actual = new Map(plan.history.map((p) => [p.year, p.value]));
  const values = new Map(scenarios.map((s) => [s.id, new Map<number, number>()]));
  for (const s of scenarios) {
    const r = results[s.id];
    if (r?.ok) {
      values.get(s.id)!.set(r.baseYear, r.baseValue);
      r.points.forEach((p) => values.get(s.id)!.set(p.year, p.value));
    }
  }
  const baseRef = (year: number) => `${q(L.sheets.series)}!$B$${plan.seriesRow(year)}`;
  for (const year of plan.years) {
    const r = plan.projectionRow(year);
    const row = sheet.getRow(r);
    row.getCell(1).value = year;
    row.getCell(1).numFmt = NUM.year;
    if (actual.has(year)) row.getCell(2).value = formula(baseRef(year), actual.get(year));
    row.getCell(2).numFmt = NUM.int;
    for (const s of scenarios) {
      const v = values.get(s.id)!.get(year);
      if (v === undefined) continue;
      const cell = row.getCell(plan.scenarioCol(s.id));
      cell.value = year === plan.baseYear ? formula(baseRef(year), v) : formula(projectionFormula(plan, s.id, year, r), v);
      cell.numFmt = NUM.one;
      if (year > plan.baseYear) cell.fill = FILL.projected;
    }
    const baseline = values.get(plan.baselineId)!.get(year);
    for (const d of plan.diffCols) {
      const v = values.get(d.id)!.get(year);
      if (v === undefined || baseline === undefined || year <= plan.baseYear) continue;
      const sc = `${col(plan.scenarioCol(d.id))}${r}`;
      const bc = `${col(plan.scenarioCol(plan.baselineId))}${r}`;
      row.getCell(d.abs).value = formula(`${sc}-${bc}`, v - baseline);
      row.getCell(d.abs).numFmt = '+#,##0.0;-#,##0.0;0.0';
      row.getCell(d.pct).value = formula(`IF(${bc}=0,"",${sc}/${bc}-1)`, baseline === 0 ? null : v / baseline - 1);
      row.getCell(d.pct).numFmt = NUM.pctSigned;
    }
    ensureFont(row);
  }
  sheet.commit?.();
}

/** 민감도: end values for 5%–20% × years, as formulas on the last actual value, with a colour scale. */
export function writeSensitivitySheet(book: Book, plan: BriefingPlan): void {
  const { L, series } = plan;
  const sheet = book.addWorksheet(L.sheets.sensitivity, { views: [{ state: 'frozen', ySplit: 4, xSplit: 1 }], ...printSetup(4, L.page) });
  sheet.columns = [{ width: 14 }, ...plan.sensitivityYears.map(() => ({ width: 11 }))];
  titleRows(sheet, L.sheets.sensitivity, `${L.sensitivityCaption(plan.baseYear, formatEok(plan.baseValue, plan.lang))} ${L.unitNote(series.unit)}`);
  headerRow(sheet, [L.rateByYear, ...plan.sensitivityYears.map(String)]);
  plan.sensitivityYears.forEach((y, i) => (sheet.getRow(4).getCell(i + 2).value = y));
  const table = plan.baseValue === null ? null : sensitivityTable(plan.baseYear, plan.baseValue, DEFAULT_SENSITIVITY_RATES, plan.sensitivityYears);
  DEFAULT_SENSITIVITY_RATES.forEach((rate, i) => {
    const r = FIRST_ROW + i;
    const row = sheet.getRow(r);
    const rateCell = row.getCell(1);
    rateCell.value = rate;
    rateCell.numFmt = '0%';
    inputCell(rateCell);
    plan.sensitivityYears.forEach((_, k) => {
      const c = col(k + 2);
      const cell = row.getCell(k + 2);
      cell.value = formula(`${plan.ref.baseValueCell}*(1+$A${r})^(${c}$4-${plan.ref.baseYearCell})`, table?.[i]![k]);
      cell.numFmt = NUM.one;
    });
    ensureFont(row);
  });
  const last = FIRST_ROW + DEFAULT_SENSITIVITY_RATES.length - 1;
  sheet.addConditionalFormatting({
    ref: `B${FIRST_ROW}:${col(plan.sensitivityYears.length + 1)}${last}`,
    rules: [{ type: 'colorScale', priority: 1, cfvo: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }], color: [{ argb: 'FFBFDBFE' }, { argb: 'FFFFFFFF' }, { argb: 'FFFDBA74' }] }],
  });
  sheet.commit?.();
}
