import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvChunks, encodeCsv, exportGridCsv, gridTable, toCsv } from '../../electron/handlers/csv-export';
import { sampleWorkbook, sampleWorkbookSync, tempDir } from './helpers';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (tmp = await tempDir()));
afterEach(() => tmp.cleanup());

describe('CSV export', () => {
  it('writes UTF-8 with a BOM by default, values unrounded', async () => {
    const path = tmp.path('budget.csv');
    await exportGridCsv(path, await sampleWorkbook(), 'budget', { seriesId: 'budget', scenarioId: 's1' }, 'ko', 'utf8-bom');
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['연도', '구분', '값 (억원)', '전년 대비', '비고']);
    expect(rows[6]!.slice(0, 3)).toEqual(['2026', '실적', '2685']);
    expect(Number(rows[10]![2])).toBeCloseTo(4149.958555678, 8);
    expect(rows[10]![4]).toBe('반복 성장 11.5%');
  });

  it('writes a long list in slices of whole rows whose bytes are the whole file’s, in both encodings', async () => {
    const rows = [
      ['센터', '지역', '장비'],
      ...Array.from({ length: 12_345 }, (_, i) => [`센터 "${i}"`, i % 2 ? '=대전' : '서울, 중구', i]),
    ];
    for (const encoding of ['utf8-bom', 'cp949'] as const) {
      const parts: Uint8Array[] = [];
      for await (const part of csvChunks(rows, encoding)) parts.push(part);
      expect(parts.length).toBeGreaterThan(2);
      expect(Buffer.concat(parts)).toEqual(encodeCsv(toCsv(rows), encoding));
    }
  });

  it('neutralises formula injection in text cells', async () => {
    const wb = await sampleWorkbook();
    wb.centers.rows[0]!.name = '=HYPERLINK("http://evil.example","click")';
    wb.centers.rows[1]!.name = '+cmd|calc';
    wb.centers.rows[2]!.name = '@SUM(A1)';
    wb.centers.rows[3]!.institution = '-2+3';
    const path = tmp.path('centers.csv');
    await exportGridCsv(path, wb, 'centers', { seriesId: 'budget', scenarioId: 's1' }, 'ko', 'utf8-bom');
    const rows = Papa.parse<string[]>((await readFile(path, 'utf8')).slice(1), { skipEmptyLines: true }).data;
    expect(rows[1]![0]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[2]![0]).toBe("'+cmd|calc");
    expect(rows[3]![0]).toBe("'@SUM(A1)");
    expect(rows[4]![1]).toBe("'-2+3");
    // Numbers are numbers, never prefixed.
    expect(toCsv([[-5, 'x']])).toBe('-5,x');
  });

  it('round-trips Korean text through CP949', async () => {
    const path = tmp.path('cp949.csv');
    await exportGridCsv(path, await sampleWorkbook(), 'centers', { seriesId: 'budget', scenarioId: 's1' }, 'ko', 'cp949');
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const text = iconv.decode(bytes, 'cp949');
    expect(text.startsWith('센터명,운영기관,지역,분야,구축연도,장비 수')).toBe(true);
    expect(text).toContain('AI 제조공정 실증센터,한국생산기술연구원,충남');
    expect(bytes.toString('utf8')).not.toContain('센터명');
  });

  it('refuses CP949 for text it cannot hold and leaves the old file', async () => {
    const wb = await sampleWorkbook();
    wb.centers.rows[0]!.name = 'Центр 🚀';
    const path = tmp.path('x.csv');
    await writeFile(path, 'old');
    await expect(exportGridCsv(path, wb, 'centers', { seriesId: 'budget', scenarioId: 's1' }, 'ko', 'cp949')).rejects.toMatchObject({
      code: 'file.notWritable',
    });
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(encodeCsv('가', 'cp949')).toEqual(Buffer.from([0xb0, 0xa1]));
  });

  it('exports the comparison and sensitivity grids', async () => {
    const wb = await sampleWorkbook();
    const cmp = gridTable(wb, 'comparison', { seriesId: 'budget', scenarioId: 's1' }, 'en');
    expect(cmp[0]).toEqual([
      'Year',
      'Actual',
      '반복 성장 11.5%',
      'CAGR 2022–26',
      '선형 추세',
      'Diff.: CAGR 2022–26',
      'Diff. %: CAGR 2022–26',
      'Diff.: 선형 추세',
      'Diff. %: 선형 추세',
    ]);
    expect(cmp.at(-1)![4] as number).toBeCloseTo(3664.8, 9);
    const sens = gridTable(wb, 'sensitivity', { seriesId: 'budget', scenarioId: 's1' }, 'ko');
    expect(sens[0]).toEqual(['성장률 \\ 연도', 2027, 2028, 2029, 2030]);
    // Rows centred on the scenario's own 11.5%, which is a row of its own.
    expect(sens[8]![0]).toBe(0.115);
    expect(sens[12]![0]).toBe(0.15);
    expect(sens[12]![4] as number).toBeCloseTo(2685 * 1.15 ** 4, 9);
  });

  it('exports the series table: a row per series in tree order, a column per year, units and notes', () => {
    const table = gridTable(sampleWorkbookSync(), 'series', { seriesId: null, scenarioId: null }, 'ko');
    expect(table[0]).toEqual(['구분', '2021', '2022', '2023', '2024', '2025', '2026', '단위', '비고']);
    expect(table.map((r) => r[0])).toEqual([
      '구분',
      '예산 총액',
      '  계속과제',
      '  신규과제',
      '신규과제 수',
      '계속과제 수',
      '연구기반센터 수',
      '신규과제 비중',
      '센터당 예산',
    ]);
    expect(table[1]!.slice(1, 7)).toEqual([1868, 1615, 1969, 1910, 2408, 2685]);
    expect(table[4]!.at(-2)).toBe('건');
    // A formula series as its values (the year an input lacks stays empty).
    expect(table[8]!.slice(1, 7)).toEqual([null, 1615 / 188, null, null, null, 2685 / 286]);
  });
});
