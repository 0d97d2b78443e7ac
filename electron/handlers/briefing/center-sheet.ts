/** 센터 목록: the full list with autofilter and frozen header, and counts by region and field beside it. */
import type ExcelJS from 'exceljs';
import { FIRST_ROW, HEADER_ROW, type BriefingPlan } from './briefing-plan';
import { FONT, headerCell, NUM, printSetup, titleRows } from './briefing-style';
import { criterionLiteral, exactCounts } from './criteria';
import { rawRows } from './raw-rows';

/** Rows written before letting the zip stream drain, so a long list stays in bounded memory. */
const YIELD_EVERY = 2000;

// One style per kind of cell, shared by every cell of the list.
const TEXT: Partial<ExcelJS.Style> = { font: { name: FONT } };
const INT: Partial<ExcelJS.Style> = { font: { name: FONT }, numFmt: NUM.int };

/**
 * Writes the centers sheet: title and header through exceljs, the list and the counts beside it as raw
 * rows (raw-rows.ts), streamed as it goes.
 */
export async function writeCenterSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, plan: BriefingPlan): Promise<void> {
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
  headerCell(Object.assign(header.getCell(9), { value: L.region }));
  headerCell(Object.assign(header.getCell(10), { value: L.count }));
  headerCell(Object.assign(header.getCell(12), { value: L.field }));
  headerCell(Object.assign(header.getCell(13), { value: L.count }));
  header.height = 30;
  header.commit?.();

  const raw = rawRows(book, sheet);
  const text = raw.style(TEXT, 'text');
  const int = raw.style(INT, 'number');
  // The counts beside the list: a label and a COUNTIF over the list's column, with its value cached.
  const side = (i: number, at: number, list: { label: string; count: number }[], column: string) => {
    const item = list[i];
    if (!item) return;
    raw.text(at, item.label, text);
    raw.formula(at + 1, `COUNTIF($${column}$${FIRST_ROW}:$${column}$${last},${criterionLiteral(item.label)})`, item.count, int);
  };
  const total = Math.max(rows.length, regions.length, fields.length);
  for (let i = 0; i < total; i++) {
    raw.row(FIRST_ROW + i);
    const c = rows[i];
    if (c) {
      // Text is written as text: a name like "=HYPERLINK(…)" stays a string, never a formula.
      // Region and field are trimmed, as the counts beside the list and on the summary compare them.
      raw.text(1, c.name, text);
      raw.text(2, c.institution, text);
      raw.text(3, c.region.trim() || null, text);
      raw.text(4, c.field.trim() || null, text);
      raw.number(5, c.established, text);
      raw.number(6, c.equipment, int);
    }
    side(i, 9, regions, 'C');
    side(i, 12, fields, 'D');
    if (i % YIELD_EVERY === YIELD_EVERY - 1) {
      raw.flush();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  raw.flush();
  sheet.commit?.();
}
