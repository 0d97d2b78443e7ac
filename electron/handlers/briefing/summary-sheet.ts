/** 요약: title, key figures of the main series (as formulas), every scenario's end value against its baseline, the assumptions block, centers by region. */
import type ExcelJS from 'exceljs';
import { summarizeCenters } from '../../../core/centers';
import { methodName } from '../../../core/method-labels';
import { cagr } from '../../../core/projection-methods';
import type { Scenario } from '../../../core/types';
import { ASSUMPTION_COLS as AC, col, FIRST_ROW, q, type BriefingPlan, type ProjectionBlock } from './briefing-plan';
import {
  ensureFont,
  FILL,
  FONT,
  formula,
  headerCell,
  inputCell,
  NUM,
  num,
  printSetup,
  titleRows,
  labelColumnWidth,
  unitFormat,
  withUnit,
} from './briefing-style';
import { criterionLiteral, exactCounts } from './criteria';

type Book = { addWorksheet: (name: string, options?: Partial<ExcelJS.AddWorksheetOptions>) => ExcelJS.Worksheet };

function section(sheet: ExcelJS.Worksheet, row: number, text: string, width: number): void {
  for (let c = 1; c <= width; c++) sheet.getCell(row, c).fill = FILL.section;
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, bold: true, size: 11, color: { argb: 'FF1F3A5F' } };
}

/** Window-based rates as formulas over the series row: CAGR, average change, least-squares line. */
function windowFormulas(
  row: ExcelJS.Row,
  plan: BriefingPlan,
  s: Scenario,
  r: number,
  p: { rate?: number; slope?: number; intercept?: number },
): void {
  const values = plan.ref.valueRange(s.seriesId);
  const changes = plan.ref.changeRange(s.seriesId);
  const years = plan.ref.yearRange;
  const from = `$${col(AC.from)}${r}`;
  const to = `$${col(AC.to)}${r}`;
  const at = (cellRef: string, range: string) => `INDEX(${range},MATCH(${cellRef},${years},0))`;
  if (s.method.kind === 'cagr')
    row.getCell(AC.rate).value = formula(`(${at(to, values)}/${at(from, values)})^(1/(${to}-${from}))-1`, p.rate);
  if (s.method.kind === 'average')
    row.getCell(AC.rate).value = formula(`AVERAGE(INDEX(${changes},MATCH(${from},${years},0)+1):${at(to, changes)})`, p.rate);
  if (s.method.kind === 'linear') {
    const ys = `${at(from, values)}:${at(to, values)}`;
    const xs = `${at(from, years)}:${at(to, years)}`;
    row.getCell(AC.slope).value = formula(`SLOPE(${ys},${xs})`, p.slope);
    row.getCell(AC.intercept).value = formula(`INTERCEPT(${ys},${xs})`, p.intercept);
  }
}

/** One row of the assumptions block: inputs (yellow) where the reader may change them, derived rates as formulas. */
function assumptionRow(sheet: ExcelJS.Worksheet, plan: BriefingPlan, block: ProjectionBlock, s: Scenario): void {
  const r = plan.summary.assumptionRow(s.id);
  const row = sheet.getRow(r);
  const result = block.results[s.id];
  const p = result?.ok ? result.parameters : {};
  row.getCell(AC.series).value = block.series.name;
  row.getCell(AC.scenario).value = s.id === block.baselineId ? `${s.name} (${plan.L.baseline})` : s.name;
  row.getCell(AC.method).value = s.scope === 'inputs' ? plan.L.inputsMethod : methodName(s.method.kind, plan.lang);
  row.getCell(AC.horizon).value = s.horizon;
  const m = s.method;
  if (s.scope === 'children') row.getCell(AC.customRates).value = plan.L.childrenNote;
  else if (s.scope === 'inputs') row.getCell(AC.customRates).value = plan.L.inputsNote(block.series.formula ?? '', s.inputs ?? s.name);
  else if (m.kind === 'growth') {
    const cell = row.getCell(AC.rate);
    if (m.rate !== null) {
      cell.value = m.rate;
      inputCell(cell);
    } else if (result?.ok) {
      // Follows the latest change, rounded to 0.1 point as in the app.
      cell.value = formula(`ROUND(${plan.ref.change(s.seriesId, result.baseYear)},3)`, p.rate);
    }
  } else if (m.kind === 'custom') {
    m.rates.forEach((rate, k) => {
      const cell = row.getCell(AC.customRates + k);
      cell.value = rate;
      cell.numFmt = NUM.pct;
      inputCell(cell);
    });
  } else if (result?.ok) {
    const w = p.window ?? { from: block.history[0]?.year ?? block.baseYear, to: block.baseYear };
    row.getCell(AC.from).value = w.from;
    row.getCell(AC.to).value = w.to;
    inputCell(row.getCell(AC.from));
    inputCell(row.getCell(AC.to));
    windowFormulas(row, plan, s, r, p);
  }
  row.getCell(AC.rate).numFmt = NUM.pct;
  row.getCell(AC.slope).numFmt = NUM.one;
  row.getCell(AC.intercept).numFmt = NUM.one;
  ensureFont(row);
}

/** Writes the key figures; returns their labels (column A is sized to them). */
function keyFigures(sheet: ExcelJS.Worksheet, plan: BriefingPlan): string[] {
  const { L, main, workbook } = plan;
  const centers = summarizeCenters(workbook.centers.rows);
  const C = q(L.sheets.centers);
  const figures: [string, ExcelJS.CellValue, string][] = [];
  const history = main
    ? [...(plan.table.rows.find((r) => r.series.id === main.id)?.cells.values() ?? [])].filter((c) => c.value !== null)
    : [];
  const first = history[0];
  const last = history[history.length - 1];
  if (main && first && last) {
    const prev = history[history.length - 2];
    const change = prev && prev.year === last.year - 1 && prev.value ? last.value! / prev.value - 1 : null;
    const growth =
      last.year > first.year && first.value! > 0 && last.value! > 0 ? cagr(first.value!, last.value!, last.year - first.year) : null;
    const a = plan.ref.value(main.id, first.year);
    const b = plan.ref.value(main.id, last.year);
    figures.push([withUnit(L.latest(last.year), main.unit, plan.lang), formula(b, last.value), unitFormat(main.unit, 0, plan.lang)]);
    figures.push([L.yoy, change === null ? null : formula(plan.ref.change(main.id, last.year), change), NUM.pctSigned]);
    figures.push([
      L.cagr(first.year, last.year),
      growth === null ? null : formula(`(${b}/${a})^(1/(${last.year - first.year}))-1`, growth),
      NUM.pct,
    ]);
  }
  // A workbook without centers has no center figures (not "0 centers") and no centers sheet.
  if (centers.centers > 0) {
    figures.push([L.centerCount, formula(`COUNTA(${C}!$A$${FIRST_ROW}:$A$${FIRST_ROW + centers.centers - 1})`, centers.centers), NUM.int]);
    figures.push([L.institutionCount, centers.institutions, NUM.int]);
  }
  section(sheet, 5, L.keyFigures(main?.name ?? ''), 4);
  figures.forEach(([label, value, fmt], i) => {
    const row = sheet.getRow(6 + i);
    row.getCell(1).value = label;
    row.getCell(2).value = value;
    row.getCell(2).numFmt = fmt;
    row.getCell(2).font = { name: FONT, bold: true, size: 12 };
    ensureFont(row);
  });
  return figures.map(([label]) => label);
}

/** Writes each scenario's end value; returns their labels (column A is sized to them). */
function scenarioEnds(sheet: ExcelJS.Worksheet, plan: BriefingPlan): string[] {
  const labels: string[] = [];
  const { L } = plan;
  const P = q(L.sheets.projections);
  const head = sheet.getRow(plan.summary.scenarioHeaderRow);
  [L.scenarioHead, L.projectedValue, L.diffFromBaseline, '%'].forEach((h, i) => {
    head.getCell(i + 1).value = h;
    head.getCell(i + 1).font = { name: FONT, bold: true, color: { argb: 'FF667085' } };
  });
  for (const { block, scenario: s, row: rowNo } of plan.summary.scenarioRows) {
    const row = sheet.getRow(rowNo);
    const r = block.results[s.id];
    const label = withUnit(L.scenarioEnd(block.series.name, s.name, s.horizon), block.series.unit, plan.lang);
    labels.push(label);
    row.getCell(1).value = label;
    if (r?.ok && r.points.length) {
      const end = r.points[r.points.length - 1]!;
      const pr = block.row(end.year);
      const base = block.baselineId === null ? undefined : block.results[block.baselineId];
      const baseAt = base?.ok ? (base.points.find((p) => p.year === end.year)?.value ?? null) : null;
      row.getCell(2).value = formula(`${P}!${col(block.scenarioCol(s.id))}${pr}`, end.value);
      row.getCell(2).numFmt = unitFormat(block.series.unit, 1, plan.lang);
      row.getCell(2).font = { name: FONT, bold: true, size: 12 };
      if (s.id !== block.baselineId && baseAt !== null && num(end.value) !== null) {
        const bc = `${P}!${col(block.scenarioCol(block.baselineId!))}${pr}`;
        row.getCell(3).value = formula(`B${rowNo}-${bc}`, end.value - baseAt);
        row.getCell(3).numFmt = NUM.signedOne;
        row.getCell(4).value = formula(`IF(${bc}=0,"",B${rowNo}/${bc}-1)`, baseAt === 0 ? null : end.value / baseAt - 1);
        row.getCell(4).numFmt = NUM.pctSigned;
      } else if (s.id === block.baselineId) row.getCell(3).value = L.baseline;
    }
    ensureFont(row);
  }
  return labels;
}

function assumptions(sheet: ExcelJS.Worksheet, plan: BriefingPlan): void {
  const { L } = plan;
  const headerRowNo = plan.summary.assumptionHeaderRow;
  section(sheet, headerRowNo - 1, L.assumptions, AC.horizon);
  const header = sheet.getRow(headerRowNo);
  for (const [key, column] of Object.entries(AC))
    headerCell(
      Object.assign(header.getCell(column), {
        value: L.assumptionHeader[key === 'customRates' ? 'rates' : (key as keyof typeof L.assumptionHeader)],
      }),
    );
  const maxRates = Math.max(0, ...plan.workbook.scenarios.map((s) => (s.method.kind === 'custom' ? s.method.rates.length : 0)));
  for (let k = 0; k < maxRates; k++) headerCell(Object.assign(header.getCell(AC.customRates + k), { value: L.customRateHead(k + 1) }));
  header.height = 30;
  for (const { block, scenario } of plan.summary.scenarioRows) assumptionRow(sheet, plan, block, scenario);
}

/** Centers per region, counted from the centers sheet with exact-match criteria. */
function regions(sheet: ExcelJS.Worksheet, plan: BriefingPlan): void {
  const { L, workbook } = plan;
  const C = q(L.sheets.centers);
  const n = workbook.centers.rows.length;
  if (n === 0) return;
  section(sheet, plan.summary.regionRow, L.byRegion, 2);
  exactCounts(workbook.centers.rows.map((c) => c.region)).forEach((r, i) => {
    const rowNo = plan.summary.regionRow + 1 + i;
    const row = sheet.getRow(rowNo);
    row.getCell(1).value = r.label || '—';
    row.getCell(2).value = formula(
      `COUNTIF(${C}!$C$${FIRST_ROW}:$C$${FIRST_ROW + Math.max(0, n - 1)},${criterionLiteral(r.label)})`,
      r.count,
    );
    row.getCell(2).numFmt = NUM.int;
    ensureFont(row);
  });
}

/** Writes the summary sheet. */
export function writeSummarySheet(book: Book, plan: BriefingPlan, meta: { date: string; author: string }): ExcelJS.Worksheet {
  const { L, workbook } = plan;
  const print = printSetup(null, L.page);
  // The summary is one page: fit it to a single sheet of A4, no repeated header.
  const sheet = book.addWorksheet(L.sheets.summary, {
    views: [{ showGridLines: false }],
    pageSetup: { ...print.pageSetup, fitToHeight: 1 },
    headerFooter: print.headerFooter,
  });
  sheet.columns = [
    // Column A is sized to its labels once they are written (below); the columns reach the file with the first row.
    { width: 24 },
    { width: 26 },
    { width: 13 },
    { width: 11 },
    { width: 11 },
    { width: 11 },
    { width: 12 },
    { width: 12 },
    { width: 10 },
    { width: 3 },
    ...Array.from({ length: 12 }, () => ({ width: 8 })),
  ];
  titleRows(sheet, workbook.title, workbook.programme);
  sheet.getCell('A3').value = [L.madeOn(meta.date, meta.author), workbook.source].filter(Boolean).join(' · ');
  sheet.getCell('A3').font = { name: FONT, size: 9, color: { argb: 'FF667085' } };
  const labels = [...keyFigures(sheet, plan), ...scenarioEnds(sheet, plan)];
  sheet.getColumn(1).width = labelColumnWidth(labels, 24);
  assumptions(sheet, plan);
  regions(sheet, plan);
  return sheet;
}
