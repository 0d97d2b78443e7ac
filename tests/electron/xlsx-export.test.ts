import ExcelJS from 'exceljs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEdit } from '../../core/workbook-edits';
import { exportBriefingXlsx } from '../../electron/handlers/xlsx-export';
import { sampleWorkbook, tempDir } from './helpers';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (tmp = await tempDir()));
afterEach(() => tmp.cleanup());

async function readBack(path: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

describe('xlsx export', () => {
  it('writes the budget with projection and the center list, formatted, and reads back the same numbers', async () => {
    const wb = await sampleWorkbook();
    const path = tmp.path('briefing.xlsx');
    await exportBriefingXlsx(path, wb, 'ko');
    const book = await readBack(path);
    expect(book.worksheets.map((s) => s.name)).toEqual(['예산 추이', '센터 목록']);

    const budget = book.getWorksheet('예산 추이')!;
    expect(budget.getRow(1).values).toEqual([undefined, '연도', '구분', '예산 (억원)', '전년 대비', '비고']);
    const years = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];
    expect(years.map((_, i) => budget.getCell(i + 2, 1).value)).toEqual(years);
    expect([2, 3, 4, 5, 6].map((r) => budget.getCell(r, 3).value)).toEqual([1615, 1969, 1910, 2408, 2685]);
    expect(budget.getCell(6, 2).value).toBe('실적');
    expect(budget.getCell(10, 2).value).toBe('전망');
    expect(budget.getCell(7, 3).value as number).toBeCloseTo(2993.775, 9);
    expect(budget.getCell(10, 3).value as number).toBeCloseTo(4149.958555678, 8);
    expect(budget.getCell(6, 4).value as number).toBeCloseTo(2685 / 2408 - 1, 12);
    expect(budget.getCell(7, 4).value as number).toBeCloseTo(0.115, 12);
    expect(budget.getCell(2, 4).value).toBeNull();
    expect(budget.getCell(3, 3).numFmt).toBe('#,##0');
    expect(budget.getCell(10, 3).numFmt).toBe('#,##0.0');
    expect(budget.getCell(3, 4).numFmt).toContain('0.0%');
    expect(budget.getCell(1, 1).font.bold).toBe(true);
    expect(budget.getCell(3, 1).font.name).toBe('맑은 고딕');
    expect(budget.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(budget.getColumn(5).width).toBeGreaterThan(20);

    const centers = book.getWorksheet('센터 목록')!;
    expect(centers.getRow(1).values).toEqual([undefined, '센터명', '운영기관', '지역', '분야', '구축연도', '장비 수']);
    expect(centers.getCell(2, 1).value).toBe(wb.centers.rows[0]!.name);
    expect(centers.getCell(31, 6).value).toBe(wb.centers.rows[29]!.equipment);
    expect(centers.autoFilter).toBeTruthy();
    expect(centers.getCell(33, 1).value).toContain('예시 데이터');
  });

  it('uses the edited values and English labels', async () => {
    let wb = await sampleWorkbook();
    wb = applyEdit(wb, { kind: 'setPointValue', seriesId: 'budget', year: 2026, value: 3000 });
    wb = applyEdit(wb, { kind: 'updateScenario', id: 's1', patch: { method: { kind: 'growth', rate: 0.13 }, horizon: 2028 } });
    const path = tmp.path('en.xlsx');
    await exportBriefingXlsx(path, wb, 'en');
    const book = await readBack(path);
    const sheet = book.getWorksheet('Budget series')!;
    expect(sheet.getCell(1, 3).value).toBe('Budget (100M KRW)');
    expect(sheet.getCell(6, 3).value).toBe(3000);
    expect(sheet.rowCount).toBe(8);
    expect(sheet.getCell(8, 3).value as number).toBeCloseTo(3000 * 1.13 * 1.13, 9);
    expect(sheet.getCell(8, 5).value).toBe('반복 성장 11.5% — Repeat growth: +13.0%/yr');
  });

  it('writes text that looks like a formula as text', async () => {
    const wb = await sampleWorkbook();
    wb.centers.rows[0]!.name = '=HYPERLINK("http://x","y")';
    const path = tmp.path('inj.xlsx');
    await exportBriefingXlsx(path, wb, 'ko');
    const cell = (await readBack(path)).getWorksheet('센터 목록')!.getCell(2, 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://x","y")');
  });

  it('refuses an invalid workbook without touching an existing file', async () => {
    const path = tmp.path('old.xlsx');
    await writeFile(path, 'previous');
    await expect(exportBriefingXlsx(path, { title: 'x' }, 'ko')).rejects.toMatchObject({ code: 'project.invalid' });
    expect(await readFile(path, 'utf8')).toBe('previous');
    expect(await readdir(tmp.dir)).toEqual(['old.xlsx']);
  });
});
