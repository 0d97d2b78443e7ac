/** 전망: a block per series with scenarios — a column per scenario, each projected year a formula on the assumptions — and its differences from the baseline. */
import type ExcelJS from 'exceljs';
import type { MethodResult } from '../../../core/projection-methods';
import type { Scenario } from '../../../core/types';
import { throughInputsFormula } from './derived-cells';
import { col, type BriefingPlan, type ProjectionBlock } from './briefing-plan';
import { ensureFont, FILL, FONT, formula, headerCell, NUM, num, printSetup } from './briefing-style';

type Book = { addWorksheet: (name: string, options?: Partial<ExcelJS.AddWorksheetOptions>) => ExcelJS.Worksheet };

/** Year → value of a projection, the base year included. */
export function projectedValues(result: MethodResult | undefined): Map<number, number> {
  return new Map<number, number>(
    result?.ok ? [[result.baseYear, result.baseValue], ...result.points.map((p) => [p.year, p.value] as [number, number])] : [],
  );
}

/** The formula of one projected cell of a scenario column. */
function projectionFormula(plan: BriefingPlan, block: ProjectionBlock, scenario: Scenario, year: number, r: number): string {
  const c = col(block.scenarioCol(scenario.id));
  const m = scenario.method;
  if (m.kind === 'linear') return `${plan.ref.assumption(scenario.id, 'intercept')}+${plan.ref.assumption(scenario.id, 'slope')}*$A${r}`;
  if (m.kind === 'custom')
    return `${c}${r - 1}*(1+${plan.ref.assumption(scenario.id, 'customRates', Math.min(year - block.baseYear - 1, m.rates.length - 1))})`;
  return `${c}${r - 1}*(1+${plan.ref.assumption(scenario.id, 'rate')})`;
}

function writeHeader(sheet: ExcelJS.Worksheet, plan: BriefingPlan, block: ProjectionBlock): void {
  const { L } = plan;
  const title = sheet.getCell(block.titleRow, 1);
  title.value = `${block.series.name} ${L.unitNote(L.unitName(block.series.unit))}`;
  title.font = { name: FONT, bold: true, size: 12, color: { argb: 'FF1F3A5F' } };
  const name = (id: string) => block.scenarios.find((s) => s.id === id)!.name;
  const header = sheet.getRow(block.headerRow);
  const titles = [
    L.year,
    L.actual,
    ...block.scenarios.map((s) => (s.id === block.baselineId ? `${s.name} (${L.baseline})` : s.name)),
    ...block.diffCols.flatMap((d) => [L.diff(name(d.id)), L.diffPct(name(d.id))]),
  ];
  titles.forEach((t, i) => headerCell(Object.assign(header.getCell(i + 1), { value: t })));
  header.height = 30;
}

function writeYearRow(
  sheet: ExcelJS.Worksheet,
  plan: BriefingPlan,
  block: ProjectionBlock,
  year: number,
  values: Map<string, Map<number, number>>,
): void {
  const r = block.row(year);
  const row = sheet.getRow(r);
  const actual = block.history.find((p) => p.year === year)?.value ?? null;
  row.getCell(1).value = year;
  row.getCell(1).numFmt = NUM.year;
  if (actual !== null) row.getCell(2).value = formula(plan.ref.value(block.series.id, year), actual);
  row.getCell(2).numFmt = NUM.int;
  for (const s of block.scenarios) {
    const v = values.get(s.id)!.get(year);
    if (v === undefined) continue;
    const cell = row.getCell(block.scenarioCol(s.id));
    // A group projected child by child is a sum of other projections: written as values.
    if (s.scope === 'children') cell.value = num(v);
    else if (s.scope === 'inputs' && year > block.baseYear) {
      // The formula over its inputs' cells: their history, then their scenarios' projected cells.
      const f = throughInputsFormula(plan, block.series, s, year);
      cell.value = f ? formula(f, v) : num(v);
    } else
      cell.value =
        year === block.baseYear
          ? formula(plan.ref.value(block.series.id, year), v)
          : formula(projectionFormula(plan, block, s, year, r), v);
    cell.numFmt = NUM.one;
    if (year > block.baseYear) cell.fill = FILL.projected;
  }
  const baseline = block.baselineId === null ? undefined : values.get(block.baselineId)!.get(year);
  for (const d of block.diffCols) {
    const v = values.get(d.id)!.get(year);
    if (v === undefined || baseline === undefined || year <= block.baseYear) continue;
    const sc = `${col(block.scenarioCol(d.id))}${r}`;
    const bc = `${col(block.scenarioCol(block.baselineId!))}${r}`;
    row.getCell(d.abs).value = formula(`${sc}-${bc}`, v - baseline);
    row.getCell(d.abs).numFmt = NUM.signedOne;
    row.getCell(d.pct).value = formula(`IF(${bc}=0,"",${sc}/${bc}-1)`, baseline === 0 ? null : v / baseline - 1);
    row.getCell(d.pct).numFmt = NUM.pctSigned;
  }
  ensureFont(row);
}

/** Writes the projections sheet. */
export function writeProjectionSheet(book: Book, plan: BriefingPlan): ExcelJS.Worksheet {
  const { L } = plan;
  const sheet = book.addWorksheet(L.sheets.projections, { views: [{ state: 'frozen', xSplit: 1 }], ...printSetup(null, L.page) });
  const widest = Math.max(2, ...plan.blocks.map((b) => b.lastCol));
  sheet.columns = [{ width: 9 }, { width: 12 }, ...Array.from({ length: widest - 2 }, () => ({ width: 15 }))];
  sheet.getCell('A1').value = L.sheets.projections;
  sheet.getCell('A1').font = { name: FONT, bold: true, size: 15, color: { argb: 'FF1F3A5F' } };
  for (const block of plan.blocks) {
    writeHeader(sheet, plan, block);
    const values = new Map(block.scenarios.map((s) => [s.id, projectedValues(block.results[s.id])]));
    for (const year of block.years) writeYearRow(sheet, plan, block, year, values);
  }
  return sheet;
}
