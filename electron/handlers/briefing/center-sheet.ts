/** 센터 목록: the full list with autofilter and frozen header, and counts by region and field beside it. */
import type ExcelJS from 'exceljs';
import type { Center } from '../../../core/types';
import { FIRST_ROW, type BriefingPlan } from './briefing-plan';
import { ensureFont, FONT, headerCell, NUM, printSetup, titleRows } from './briefing-style';

type Book = { addWorksheet(name: string, options?: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet };

function counts(rows: readonly Center[], key: 'region' | 'field'): [string, number][] {
  const m = new Map<string, number>();
  for (const r of rows) {
    const k = r[key].trim();
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ko'));
}

/** Writes the centers sheet, committing rows as it goes so a long list stays in bounded memory. */
export function writeCenterSheet(book: Book, plan: BriefingPlan): void {
  const { L, workbook } = plan;
  const rows = workbook.centers.rows;
  const last = FIRST_ROW + Math.max(0, rows.length - 1);
  const sheet = book.addWorksheet(L.sheets.centers, { views: [{ state: 'frozen', ySplit: 4 }], ...printSetup(4, L.page) });
  sheet.columns = [{ width: 32 }, { width: 28 }, { width: 9 }, { width: 13 }, { width: 10 }, { width: 9 }, { width: 3 }, { width: 3 }, { width: 10 }, { width: 9 }, { width: 3 }, { width: 13 }, { width: 9 }];
  sheet.autoFilter = `A4:F${last}`;
  titleRows(sheet, L.sheets.centers, workbook.centers.illustrative ? L.illustrative : '');
  const header = sheet.getRow(4);
  [L.center, L.institution, L.region, L.field, L.established, L.equipment].forEach((h, i) => headerCell(Object.assign(header.getCell(i + 1), { value: h })));
  const regions = counts(rows, 'region');
  const fields = counts(rows, 'field');
  const side = (r: number, c: number, list: [string, number][], col: string, title: string) => {
    const row = sheet.getRow(r);
    if (r === 4) {
      headerCell(Object.assign(row.getCell(c), { value: title }));
      headerCell(Object.assign(row.getCell(c + 1), { value: L.count }));
      return;
    }
    const item = list[r - FIRST_ROW];
    if (!item) return;
    row.getCell(c).value = item[0];
    row.getCell(c + 1).value = { formula: `COUNTIF($${col}$${FIRST_ROW}:$${col}$${last},${String.fromCharCode(64 + c)}${r})`, result: item[1], date1904: false };
    row.getCell(c + 1).numFmt = NUM.int;
  };
  side(4, 9, regions, 'C', L.region);
  side(4, 12, fields, 'D', L.field);
  header.height = 30;
  header.commit?.();
  for (let i = 0; i < Math.max(rows.length, regions.length, fields.length); i++) {
    const r = FIRST_ROW + i;
    const row = sheet.getRow(r);
    const c = rows[i];
    if (c) {
      // Text is written as text: a name like "=HYPERLINK(…)" stays a string, never a formula.
      row.getCell(1).value = c.name;
      row.getCell(2).value = c.institution;
      row.getCell(3).value = c.region;
      row.getCell(4).value = c.field;
      row.getCell(5).value = c.established;
      row.getCell(6).value = c.equipment;
      row.getCell(6).numFmt = NUM.int;
    }
    side(r, 9, regions, 'C', L.region);
    side(r, 12, fields, 'D', L.field);
    row.font = { name: FONT };
    ensureFont(row);
    row.commit?.();
  }
  sheet.commit?.();
}
