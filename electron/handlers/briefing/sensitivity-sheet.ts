/** 민감도: per series, end values for rates around the baseline's own rate × years, as formulas on the last actual value, colour-scaled. */
import type ExcelJS from 'exceljs';
import { formatWithUnit } from '../../../core/format';
import { col, type BriefingPlan, type SensitivityBlock } from './briefing-plan';
import { ensureFont, FONT, formula, headerCell, inputCell, NUM, printSetup } from './briefing-style';

type Book = { addWorksheet: (name: string, options?: Partial<ExcelJS.AddWorksheetOptions>) => ExcelJS.Worksheet };

function writeBlock(sheet: ExcelJS.Worksheet, plan: BriefingPlan, block: SensitivityBlock): void {
  const { L } = plan;
  const { result, shape, series, scenario } = block;
  const caption = sheet.getCell(block.titleRow, 1);
  caption.value = L.sensitivityCaption(
    series.name,
    scenario.name,
    result.baseYear,
    formatWithUnit(result.baseValue, series.unit, plan.lang),
  );
  caption.font = { name: FONT, bold: true, color: { argb: 'FF1F3A5F' } };
  const header = sheet.getRow(block.headerRow);
  headerCell(Object.assign(header.getCell(1), { value: L.rateByYear }));
  shape.years.forEach((y, i) => {
    const cell = header.getCell(i + 2);
    cell.value = y;
    cell.numFmt = NUM.year;
    headerCell(cell);
  });
  header.height = 24;
  const { values } = block;
  const base = plan.ref.value(series.id, result.baseYear);
  const baseYear = plan.ref.yearHeader(result.baseYear);
  shape.rates.forEach((rate, i) => {
    const r = block.headerRow + 1 + i;
    const row = sheet.getRow(r);
    const rateCell = row.getCell(1);
    rateCell.value = rate;
    rateCell.numFmt = Number.isInteger(Math.round(rate * 1000) / 10) ? '0%' : '0.0%';
    inputCell(rateCell);
    shape.years.forEach((_, k) => {
      const c = col(k + 2);
      const cell = row.getCell(k + 2);
      cell.value = formula(`${base}*(1+$A${r})^(${c}$${block.headerRow}-${baseYear})`, values[i]![k]);
      cell.numFmt = NUM.one;
      if (i === shape.ownIndex) cell.font = { name: FONT, bold: true };
    });
    ensureFont(row);
  });
  const first = block.headerRow + 1;
  const last = block.headerRow + shape.rates.length;
  // One colour scale per year column: across rates, not dominated by the far years.
  shape.years.forEach((_, k) => {
    sheet.addConditionalFormatting({
      ref: `${col(k + 2)}${first}:${col(k + 2)}${last}`,
      rules: [
        {
          type: 'colorScale',
          priority: 1,
          cfvo: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }],
          color: [{ argb: 'FFBFDBFE' }, { argb: 'FFFFFFFF' }, { argb: 'FFFDBA74' }],
        },
      ],
    });
  });
}

/** Writes the sensitivity sheet. */
export function writeSensitivitySheet(book: Book, plan: BriefingPlan): ExcelJS.Worksheet {
  const { L } = plan;
  const sheet = book.addWorksheet(L.sheets.sensitivity, { views: [{ state: 'frozen', xSplit: 1 }], ...printSetup(null, L.page) });
  const widest = Math.max(4, ...plan.sensitivity.map((b) => b.shape.years.length));
  sheet.columns = [{ width: 14 }, ...Array.from({ length: widest }, () => ({ width: 11 }))];
  sheet.getCell('A1').value = L.sheets.sensitivity;
  sheet.getCell('A1').font = { name: FONT, bold: true, size: 15, color: { argb: 'FF1F3A5F' } };
  for (const block of plan.sensitivity) writeBlock(sheet, plan, block);
  return sheet;
}
