/** First xlsx briefing: a budget sheet with the projection and a center sheet, formatted, written atomically. */
import ExcelJS from 'exceljs';
import { describeMethod } from '../../core/method-labels';
import { projectScenario, scenarioSeries } from '../../core/scenarios';
import { withChanges } from '../../core/series';
import type { Lang, Workbook } from '../../core/types';
import { validateWorkbook } from '../../core/workbook-schema';
import { exportLabels } from './export-labels';
import { writeFileAtomically } from './file-io';

const FONT = '맑은 고딕';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3A5F' } };
const PROJECTED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF4FA' } };

function styleHeader(row: ExcelJS.Row): void {
  row.font = { name: FONT, bold: true, color: { argb: 'FFFFFFFF' } };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.height = 22;
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
}

function addBudgetSheet(book: ExcelJS.Workbook, workbook: Workbook, lang: Lang): void {
  const L = exportLabels(lang);
  const baseline = workbook.scenarios.find((s) => s.id === workbook.baselineScenarioId) ?? workbook.scenarios[0]!;
  const series = scenarioSeries(workbook, baseline);
  const sheet = book.addWorksheet(L.budgetSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: L.year, key: 'year', width: 9 },
    { header: L.kind, key: 'kind', width: 10 },
    { header: L.value(series.unit), key: 'value', width: 16, style: { numFmt: '#,##0' } },
    { header: L.change, key: 'change', width: 12, style: { numFmt: '+0.0%;-0.0%;0.0%' } },
    { header: L.note, key: 'note', width: 48 },
  ];
  styleHeader(sheet.getRow(1));
  const history = withChanges(series.points);
  for (const p of history) sheet.addRow({ year: p.year, kind: L.actual, value: p.value, change: p.change, note: p.note });

  const projection = projectScenario(workbook, baseline);
  if (projection.ok) {
    let prev = projection.baseValue;
    const note = `${baseline.name} — ${describeMethod(baseline.method.kind, projection.parameters, lang)}`;
    for (const p of projection.points) {
      const row = sheet.addRow({ year: p.year, kind: L.projected, value: p.value, change: p.value / prev - 1, note });
      prev = p.value;
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.fill = PROJECTED_FILL;
        cell.font = { name: FONT, italic: true, color: { argb: 'FF3B5B85' } };
      });
      // Projections carry more precision than budgets are quoted in; one decimal keeps them honest.
      row.getCell('value').numFmt = '#,##0.0';
    }
  }
  sheet.getColumn('year').alignment = { horizontal: 'center' };
}

function addCenterSheet(book: ExcelJS.Workbook, workbook: Workbook, lang: Lang): void {
  const L = exportLabels(lang);
  const sheet = book.addWorksheet(L.centerSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: L.center, key: 'name', width: 32 },
    { header: L.institution, key: 'institution', width: 30 },
    { header: L.region, key: 'region', width: 9 },
    { header: L.field, key: 'field', width: 14 },
    { header: L.established, key: 'established', width: 11, style: { numFmt: '0' } },
    { header: L.equipment, key: 'equipment', width: 10, style: { numFmt: '#,##0' } },
  ];
  styleHeader(sheet.getRow(1));
  for (const c of workbook.centers.rows) sheet.addRow(c);
  const last = Math.max(1, workbook.centers.rows.length + 1);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: 6 } };
  if (workbook.centers.illustrative) {
    sheet.addRow([]);
    sheet.addRow([L.illustrative]).font = { name: FONT, italic: true, color: { argb: 'FF8A5A00' } };
  }
}

/** Builds the briefing workbook in memory (validated input; numbers computed here, not trusted from the UI). */
export function buildBriefing(input: unknown, lang: Lang): ExcelJS.Workbook {
  const workbook = validateWorkbook(input);
  const book = new ExcelJS.Workbook();
  book.creator = 'Analyst Workbook';
  book.title = workbook.title;
  book.created = new Date();
  addBudgetSheet(book, workbook, lang);
  addCenterSheet(book, workbook, lang);
  for (const sheet of book.worksheets) {
    // Korean text needs a Korean-capable font in every cell, not only where we styled it.
    sheet.eachRow((row) => row.eachCell((cell) => (cell.font = { ...cell.font, name: FONT })));
  }
  return book;
}

/** Writes the briefing xlsx to `path` atomically. */
export async function exportBriefingXlsx(path: string, input: unknown, lang: Lang): Promise<void> {
  const book = buildBriefing(input, lang);
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  await writeFileAtomically(path, buffer);
}
