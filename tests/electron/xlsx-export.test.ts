import ExcelJS from 'exceljs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workbook } from '../../core/types';
import { blankWorkbook } from '../../core/workbook-diff';
import { applyEdit } from '../../core/workbook-edits';
import { AppError } from '../../core/errors';
import { decodeChartPng, exportBriefingXlsx } from '../../electron/handlers/xlsx-export';
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
  it('uses the edited values and English labels', async () => {
    let wb = await sampleWorkbook();
    wb = applyEdit(wb, { kind: 'setPointValue', seriesId: 'budget', year: 2026, value: 3000 });
    wb = applyEdit(wb, { kind: 'updateScenario', id: 's1', patch: { method: { kind: 'growth', rate: 0.13 }, horizon: 2028 } });
    const path = tmp.path('en.xlsx');
    await exportBriefingXlsx(path, wb, 'en');
    const book = await readBack(path);
    expect(book.getWorksheet('Series')!.getCell('G5').value).toBe(3000);
    const proj = book.getWorksheet('Projections')!;
    expect(proj.getCell('C5').value).toBe('반복 성장 11.5% (baseline)');
    // The baseline now stops at 2028; the other scenarios still run to 2030.
    expect(proj.getCell('A13').value).toBe(2028);
    expect(proj.getCell('C13').result as number).toBeCloseTo(3000 * 1.13 * 1.13, 9);
    expect(proj.getCell('A14').value).toBe(2029);
    expect(proj.getCell('C14').value).toBeNull();
  });

  it('writes text that looks like a formula as text', async () => {
    const wb = await sampleWorkbook();
    wb.centers.rows[0]!.name = '=HYPERLINK("http://x","y")';
    const path = tmp.path('inj.xlsx');
    await exportBriefingXlsx(path, wb, 'ko');
    const cell = (await readBack(path)).getWorksheet('센터 목록')!.getCell('A5');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://x","y")');
  });

  it('center rows keep their text as typed: markup characters, edge spaces, line breaks, empty and numeric cells', async () => {
    const wb = await sampleWorkbook();
    const [a, b] = wb.centers.rows;
    Object.assign(a!, { name: 'R&D <센터> "A"', institution: '  앞뒤 공백  ', established: null, equipment: 0 });
    Object.assign(b!, { name: '첫 줄\n둘째 줄', institution: '', region: ' 서울 ', established: 2019 });
    const path = tmp.path('text.xlsx');
    await exportBriefingXlsx(path, wb, 'ko');
    const sheet = (await readBack(path)).getWorksheet('센터 목록')!;
    expect([1, 2, 3, 5, 6].map((c) => sheet.getCell(5, c).value)).toEqual(['R&D <센터> "A"', '  앞뒤 공백  ', a!.region, null, 0]);
    expect([1, 2, 3, 5].map((c) => sheet.getCell(6, c).value)).toEqual(['첫 줄\n둘째 줄', null, '서울', 2019]);
    expect(sheet.getCell(6, 6).numFmt).toBe('#,##0');
  });

  it('a failing build leaves an existing file and no temp file behind', async () => {
    const path = tmp.path('old.xlsx');
    await writeFile(path, 'previous');
    // A workbook that was never validated (the app validates on entry): the build fails part-way.
    await expect(exportBriefingXlsx(path, { title: 'x' } as unknown as Workbook, 'ko')).rejects.toBeInstanceOf(Error);
    expect(await readFile(path, 'utf8')).toBe('previous');
    expect(await readdir(tmp.dir)).toEqual(['old.xlsx']);
  });

  it('exports a blank workbook (no series, no scenarios, no centers)', async () => {
    const path = tmp.path('blank.xlsx');
    const blank: Workbook = blankWorkbook('새 통합문서');
    expect(await exportBriefingXlsx(path, blank, 'ko')).toEqual([]);
    const book = await readBack(path);
    expect(book.getWorksheet('시리즈')!.getCell('A5').value).toBe('시리즈가 없습니다.');
  });
});

describe('chart image from the renderer', () => {
  it('accepts only a PNG data URL of bounded size', () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC';
    expect(decodeChartPng(`data:image/png;base64,${png}`)!.subarray(1, 4).toString()).toBe('PNG');
    expect(decodeChartPng(undefined)).toBeUndefined();
    expect(() => decodeChartPng('data:image/png;base64,AAAA')).toThrow(AppError);
    expect(() => decodeChartPng(`data:image/svg+xml;base64,${png}`)).toThrow(AppError);
    expect(() => decodeChartPng(`data:image/png;base64,${'A'.repeat(12_000_000)}`)).toThrow(AppError);
  });
});
