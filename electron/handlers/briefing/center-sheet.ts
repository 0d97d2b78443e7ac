/** 센터 목록: the full list with autofilter and frozen header, and counts by region and field beside it. */
import type ExcelJS from 'exceljs';
import { FIRST_ROW, HEADER_ROW, type BriefingPlan } from './briefing-plan';
import { FONT, formula, headerCell, NUM, printSetup, titleRows } from './briefing-style';
import { criterionLiteral, exactCounts } from './criteria';

type Book = { addWorksheet: (name: string, options?: Partial<ExcelJS.AddWorksheetOptions>) => ExcelJS.Worksheet };

/** Rows a writer commits before letting the zip stream drain, so a long list stays in bounded memory. */
const YIELD_EVERY = 2000;

// One style object per kind of cell, shared by every cell of the list: exceljs looks a style up by its
// object, so 100,000 rows cost one lookup each instead of rendering a new style per cell.
const TEXT: Partial<ExcelJS.Style> = { font: { name: FONT } };
const INT: Partial<ExcelJS.Style> = { font: { name: FONT }, numFmt: NUM.int };

/** Writes the centers sheet, committing rows as it goes. */
export async function writeCenterSheet(book: Book, plan: BriefingPlan): Promise<void> {
  const { L, workbook } = plan;
  const rows = workbook.centers.rows;
  const last = FIRST_ROW + Math.max(0, rows.length - 1);
  const sheet = book.addWorksheet(L.sheets.centers, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    ...printSetup(HEADER_ROW, L.page),
  });
  sheet.columns = [
    { width: 32 },
    { width: 28 },
    { width: 9 },
    { width: 13 },
    { width: 10 },
    { width: 9 },
    { width: 3 },
    { width: 3 },
    { width: 10 },
    { width: 9 },
    { width: 3 },
    { width: 13 },
    { width: 9 },
  ];
  sheet.autoFilter = `A${HEADER_ROW}:F${last}`;
  titleRows(sheet, L.sheets.centers, workbook.centers.illustrative ? L.illustrative : '');
  const header = sheet.getRow(HEADER_ROW);
  [L.center, L.institution, L.region, L.field, L.established, L.equipment].forEach((h, i) =>
    headerCell(Object.assign(header.getCell(i + 1), { value: h })),
  );
  const regions = exactCounts(rows.map((r) => r.region)).filter((x) => x.label);
  const fields = exactCounts(rows.map((r) => r.field)).filter((x) => x.label);
  const side = (r: number, c: number, list: { label: string; count: number }[], column: string, title: string) => {
    const row = sheet.getRow(r);
    if (r === HEADER_ROW) {
      headerCell(Object.assign(row.getCell(c), { value: title }));
      headerCell(Object.assign(row.getCell(c + 1), { value: L.count }));
      return;
    }
    const item = list[r - FIRST_ROW];
    if (!item) return;
    Object.assign(row.getCell(c), { value: item.label, style: TEXT });
    Object.assign(row.getCell(c + 1), {
      value: formula(`COUNTIF($${column}$${FIRST_ROW}:$${column}$${last},${criterionLiteral(item.label)})`, item.count),
      style: INT,
    });
  };
  side(HEADER_ROW, 9, regions, 'C', L.region);
  side(HEADER_ROW, 12, fields, 'D', L.field);
  header.height = 30;
  header.commit?.();
  const total = Math.max(rows.length, regions.length, fields.length);
  for (let i = 0; i < total; i++) {
    const r = FIRST_ROW + i;
    const row = sheet.getRow(r);
    const c = rows[i];
    if (c) {
      // Text is written as text: a name like "=HYPERLINK(…)" stays a string, never a formula.
      // Region and field are trimmed, as the counts beside the list and on the summary compare them.
      const values = [c.name, c.institution, c.region.trim() || null, c.field.trim() || null, c.established, c.equipment];
      values.forEach((value, k) => Object.assign(row.getCell(k + 1), { value, style: k === 5 ? INT : TEXT }));
    }
    side(r, 9, regions, 'C', L.region);
    side(r, 12, fields, 'D', L.field);
    row.commit?.();
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  sheet.commit?.();
}
