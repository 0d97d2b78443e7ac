/** 시리즈: the budget-book table (a row per series, a column per year, unit, note), group totals as SUM formulas, then year-on-year changes. */
import type ExcelJS from 'exceljs';
import { formatEntered } from '../../../core/format';
import type { TableRow } from '../../../core/series-table';
import { unitFactor } from '../../../core/units';
import { seriesSheetFormula } from './derived-cells';
import { col, FIRST_ROW, HEADER_ROW, type BriefingPlan } from './briefing-plan';
import { ensureFont, FONT, formula, headerCell, NUM, num, printSetup, titleRows } from './briefing-style';

type Book = { addWorksheet: (name: string, options?: Partial<ExcelJS.AddWorksheetOptions>) => ExcelJS.Worksheet };

/** Each group's rows of children, made once per plan (a budget book has thousands of groups). */
const kidsCache = new WeakMap<BriefingPlan, Map<string, TableRow[]>>();
function kidsOf(plan: BriefingPlan, id: string): TableRow[] {
  let index = kidsCache.get(plan);
  if (!index) {
    index = new Map();
    for (const r of plan.table.rows)
      if (r.series.parentId !== null) index.set(r.series.parentId, [...(index.get(r.series.parentId) ?? []), r]);
    kidsCache.set(plan, index);
  }
  return index.get(id) ?? [];
}

/** A group's year cell: the SUM of its children's cells (scaled where a money unit differs). */
function sumFormula(plan: BriefingPlan, row: TableRow, year: number): string {
  const c = col(plan.table.yearCol(year));
  const kids = kidsOf(plan, row.series.id);
  const terms = kids.map((k) => {
    // A derived cell exists only where every child converts into the group's unit (core/series-table).
    const f = unitFactor(k.series.unit, row.series.unit) ?? 1;
    const ref = `${c}${plan.table.valueRow(k.series.id)}`;
    return f === 1 ? ref : `${ref}*${f}`;
  });
  return terms.every((t) => !t.includes('*')) && kids.length > 1 ? `SUM(${terms.join(',')})` : terms.join('+');
}

function writeValueRow(sheet: ExcelJS.Worksheet, plan: BriefingPlan, row: TableRow): void {
  const { table, L } = plan;
  const r = table.valueRow(row.series.id);
  const line = sheet.getRow(r);
  const name = line.getCell(1);
  name.value = row.series.name;
  name.alignment = { indent: row.depth };
  if (row.hasChildren) name.font = { name: FONT, bold: true };
  const notes: string[] = [row.series.formula, row.series.note].filter((x): x is string => Boolean(x));
  for (const year of table.years) {
    const cell = row.cells.get(year);
    if (!cell) continue;
    const target = line.getCell(table.yearCol(year));
    if (row.series.formula) {
      // A derived series: its formula over the cells it reads, live (an empty year stays empty).
      if (cell.value === null) continue;
      const f = seriesSheetFormula(plan, row.series, year);
      target.value = f ? formula(f, cell.value) : num(cell.value);
    } else target.value = cell.derived ? formula(sumFormula(plan, row, year), cell.value) : num(cell.entered);
    target.numFmt = Number.isInteger(cell.value ?? 0) ? NUM.int : NUM.one;
    if (cell.mismatch) notes.push(L.mismatch(year, formatEntered(cell.childSum, plan.lang)));
  }
  line.getCell(table.unitCol).value = L.unitName(row.series.unit);
  line.getCell(table.noteCol).value = notes.join(' · ') || null;
  ensureFont(line);
}

function writeChangeRow(sheet: ExcelJS.Worksheet, plan: BriefingPlan, row: TableRow): void {
  const { table } = plan;
  const line = sheet.getRow(table.changeRow(row.series.id));
  line.getCell(1).value = row.series.name;
  line.getCell(1).alignment = { indent: row.depth };
  const vr = table.valueRow(row.series.id);
  table.years.forEach((year, i) => {
    // Year-on-year only between consecutive years, as the app shows it.
    if (i === 0 || table.years[i - 1] !== year - 1) return;
    const prev = row.cells.get(table.years[i - 1]!)?.value ?? null;
    const cur = row.cells.get(year)?.value ?? null;
    if (prev === null || cur === null || prev === 0) return;
    const a = `${col(table.yearCol(table.years[i - 1]!))}${vr}`;
    const b = `${col(table.yearCol(year))}${vr}`;
    const cell = line.getCell(table.yearCol(year));
    cell.value = formula(`${b}/${a}-1`, cur / prev - 1);
    cell.numFmt = NUM.pctSigned;
  });
  ensureFont(line);
}

/** Writes the series sheet. */
export function writeSeriesTableSheet(book: Book, plan: BriefingPlan): void {
  const { L, table } = plan;
  const sheet = book.addWorksheet(L.sheets.series, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 1 }],
    ...printSetup(HEADER_ROW, L.page),
  });
  sheet.columns = [{ width: 30 }, ...table.years.map(() => ({ width: 11 })), { width: 10 }, { width: 48 }];
  titleRows(sheet, plan.workbook.title || L.sheets.series, L.unitsPerRow);
  const header = sheet.getRow(HEADER_ROW);
  [L.item, ...table.years, L.unit, L.note].forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    headerCell(cell);
    if (typeof h === 'number') cell.numFmt = NUM.year;
  });
  header.height = 30;
  if (table.rows.length === 0) sheet.getCell(FIRST_ROW, 1).value = L.noSeries;
  for (const row of table.rows) writeValueRow(sheet, plan, row);
  const changeHeader = sheet.getRow(table.changeHeaderRow);
  changeHeader.getCell(1).value = L.changeSection;
  changeHeader.getCell(1).font = { name: FONT, bold: true, color: { argb: 'FF1F3A5F' } };
  for (const row of table.rows) writeChangeRow(sheet, plan, row);
  sheet.commit?.();
}
