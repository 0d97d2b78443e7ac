/** 요약: title, key figures (as formulas), each scenario's end value against the baseline, the assumptions block. */
import type ExcelJS from 'exceljs';
import { summarizeCenters } from '../../../core/centers';
import { methodName } from '../../../core/method-labels';
import type { Scenario } from '../../../core/types';
import { CUSTOM_RATE_COL, FIRST_ROW, type BriefingPlan } from './briefing-plan';
import { col, ensureFont, FILL, FONT, headerCell, inputCell, NUM, printSetup, q, titleRows } from './briefing-style';

type Book = { addWorksheet(name: string, options?: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet };
const formula = (f: string, result: number | null | undefined): ExcelJS.CellFormulaValue => ({ formula: f, result: result ?? undefined, date1904: false });

function section(sheet: ExcelJS.Worksheet, row: number, text: string, width: number): void {
  for (let c = 1; c <= width; c++) sheet.getCell(row, c).fill = FILL.section;
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, bold: true, size: 11, color: { argb: 'FF1F3A5F' } };
}

/** One row of the assumptions block: inputs (yellow) where the reader may change them, derived rates as formulas. */
function assumptionRow(sheet: ExcelJS.Worksheet, plan: BriefingPlan, s: Scenario): void {
  const r = plan.summary.assumptionRow(s.id);
  const row = sheet.getRow(r);
  const result = plan.results[s.id];
  const p = result?.ok ? result.parameters : {};
  row.getCell(1).value = s.id === plan.baselineId ? `${s.name} (${plan.L.baseline})` : s.name;
  row.getCell(2).value = methodName(s.method.kind, plan.lang);
  row.getCell(8).value = s.horizon;
  const m = s.method;
  const { seriesYears: YA, seriesValues: YB, seriesChanges: YC } = plan.ref;
  const at = (c: string, ref: string) => `INDEX(${ref},MATCH($${c}${r},${YA},0))`;
  if (m.kind === 'growth') {
    const cell = row.getCell(3);
    if (m.rate !== null) {
      cell.value = m.rate;
      inputCell(cell);
    } else {
      // Follows the latest change, rounded to 0.1 point as in the app.
      cell.value = formula(`ROUND(INDEX(${YC},ROWS(${YC})),3)`, p.rate);
    }
  } else if (m.kind === 'custom') {
    m.rates.forEach((rate, k) => {
      const cell = row.getCell(CUSTOM_RATE_COL + k);
      cell.value = rate;
      cell.numFmt = NUM.pct;
      inputCell(cell);
    });
  } else {
    const w = p.window ?? { from: plan.history[0]?.year ?? plan.baseYear, to: plan.baseYear };
    row.getCell(4).value = w.from;
    row.getCell(5).value = w.to;
    inputCell(row.getCell(4));
    inputCell(row.getCell(5));
    if (m.kind === 'cagr') row.getCell(3).value = formula(`(${at('E', YB)}/${at('D', YB)})^(1/($E${r}-$D${r}))-1`, p.rate);
    if (m.kind === 'average') row.getCell(3).value = formula(`AVERAGE(INDEX(${YC},MATCH($D${r},${YA},0)+1):${at('E', YC)})`, p.rate);
    if (m.kind === 'linear') {
      const ys = `${at('D', YB)}:${at('E', YB)}`;
      const xs = `${at('D', YA)}:${at('E', YA)}`;
      row.getCell(6).value = formula(`SLOPE(${ys},${xs})`, p.slope);
      row.getCell(7).value = formula(`INTERCEPT(${ys},${xs})`, p.intercept);
    }
  }
  row.getCell(3).numFmt = NUM.pct;
  row.getCell(6).numFmt = NUM.one;
  row.getCell(7).numFmt = NUM.one;
  ensureFont(row);
}

/** Writes the summary sheet. */
export function writeSummarySheet(book: Book, plan: BriefingPlan, meta: { date: string; author: string }): void {
  const { L, workbook, series } = plan;
  const print = printSetup(plan.summary.assumptionHeaderRow, L.page);
  // The summary is one page: fit it to a single sheet of A4, no repeated header.
  const sheet = book.addWorksheet(L.sheets.summary, { views: [{ showGridLines: false }], pageSetup: { ...print.pageSetup, fitToHeight: 1, printTitlesRow: undefined }, headerFooter: print.headerFooter });
  sheet.columns = [{ width: 34 }, { width: 16 }, { width: 13 }, { width: 11 }, { width: 11 }, { width: 12 }, { width: 12 }, { width: 10 }, { width: 15 }, ...Array.from({ length: 12 }, () => ({ width: 8 }))];
  titleRows(sheet, workbook.title, workbook.programme);
  sheet.getCell('A3').value = L.madeOn(meta.date, series.unit, meta.author);
  sheet.getCell('A3').font = { name: FONT, size: 9, color: { argb: 'FF667085' } };

  section(sheet, 5, L.keyFigures, 4);
  const S = q(L.sheets.series);
  const first = plan.history[0];
  const lastRow = FIRST_ROW + plan.history.length - 1;
  const last = plan.history[plan.history.length - 1];
  const lastChange = plan.history.length > 1 && last?.value && plan.history[plan.history.length - 2]?.value ? last.value / plan.history[plan.history.length - 2]!.value! - 1 : null;
  const centers = summarizeCenters(workbook.centers.rows);
  const C = q(L.sheets.centers);
  const figures: [string, ExcelJS.CellValue, string][] = [
    [L.latest(plan.baseYear), formula(`${S}!B${lastRow}`, plan.baseValue), NUM.eok],
    [L.yoy, formula(`${S}!C${lastRow}`, lastChange), NUM.pctSigned],
    [L.cagr(first?.year ?? plan.baseYear, plan.baseYear), plan.cagrAll === null ? null : formula(`(${S}!B${lastRow}/${S}!B${FIRST_ROW})^(1/(${S}!A${lastRow}-${S}!A${FIRST_ROW}))-1`, plan.cagrAll), NUM.pct],
    [L.centerCount, formula(`COUNTA(${C}!$A$${FIRST_ROW}:$A$${Math.max(FIRST_ROW, FIRST_ROW + centers.centers - 1)})`, centers.centers), NUM.int],
    [L.institutionCount, centers.institutions, NUM.int],
  ];
  figures.forEach(([label, value, fmt], i) => {
    const row = sheet.getRow(6 + i);
    row.getCell(1).value = label;
    row.getCell(2).value = value;
    row.getCell(2).numFmt = fmt;
    row.getCell(2).font = { name: FONT, bold: true, size: 12 };
    ensureFont(row);
  });

  const P = q(L.sheets.projections);
  const baselineCol = col(plan.scenarioCol(plan.baselineId));
  const baselineEnd = new Map<string, number>();
  plan.scenarios.forEach((s, i) => {
    const row = sheet.getRow(plan.summary.firstScenarioRow + i);
    const r = plan.results[s.id];
    row.getCell(1).value = L.scenarioEnd(s.name, s.horizon);
    if (r?.ok) {
      const end = r.points[r.points.length - 1]!;
      const pr = plan.projectionRow(end.year);
      const base = plan.results[plan.baselineId];
      const baseAt = base?.ok ? (base.points.find((p) => p.year === end.year)?.value ?? null) : null;
      baselineEnd.set(s.id, end.value);
      row.getCell(2).value = formula(`${P}!${col(plan.scenarioCol(s.id))}${pr}`, end.value);
      row.getCell(2).numFmt = NUM.eok1;
      row.getCell(2).font = { name: FONT, bold: true, size: 12 };
      if (s.id !== plan.baselineId && baseAt !== null) {
        row.getCell(3).value = formula(`B${plan.summary.firstScenarioRow + i}-${P}!${baselineCol}${pr}`, end.value - baseAt);
        row.getCell(3).numFmt = '+#,##0.0;-#,##0.0;0.0';
        row.getCell(4).value = formula(`B${plan.summary.firstScenarioRow + i}/${P}!${baselineCol}${pr}-1`, end.value / baseAt - 1);
        row.getCell(4).numFmt = NUM.pctSigned;
      } else if (s.id === plan.baselineId) row.getCell(3).value = L.baseline;
    }
    ensureFont(row);
  });
  const head = sheet.getRow(plan.summary.firstScenarioRow - 1);
  [L.scenarioHead, L.projectedValue, L.diffFromBaseline, '%'].forEach((h, i) => {
    head.getCell(i + 1).value = h;
    head.getCell(i + 1).font = { name: FONT, bold: true, color: { argb: 'FF667085' } };
  });

  section(sheet, plan.summary.assumptionHeaderRow - 1, L.assumptions, 9);
  const header = sheet.getRow(plan.summary.assumptionHeaderRow);
  L.assumptionHeader.forEach((h, i) => headerCell(Object.assign(header.getCell(i + 1), { value: h })));
  const maxRates = Math.max(0, ...plan.scenarios.map((s) => (s.method.kind === 'custom' ? s.method.rates.length : 0)));
  for (let k = 0; k < maxRates; k++) headerCell(Object.assign(header.getCell(CUSTOM_RATE_COL + k), { value: plan.baseYear + 1 + k }));
  header.height = 30;
  plan.scenarios.forEach((s) => assumptionRow(sheet, plan, s));

  // Centers per region, counted from the centers sheet.
  section(sheet, plan.summary.regionRow, L.byRegion, 2);
  centers.byRegion.forEach((r, i) => {
    const row = sheet.getRow(plan.summary.regionRow + 1 + i);
    row.getCell(1).value = r.region;
    row.getCell(2).value = formula(`COUNTIF(${C}!$C$${FIRST_ROW}:$C$${FIRST_ROW + Math.max(0, centers.centers - 1)},A${plan.summary.regionRow + 1 + i})`, r.region === '—' ? 0 : r.count);
    row.getCell(2).numFmt = NUM.int;
    ensureFont(row);
  });
  sheet.commit?.();
}
