/** The xlsx briefing: read back with exceljs, recalculated by LibreOffice, charts valid, XML well-formed, hostile text safe. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFile, stat } from 'node:fs/promises';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareScenarios } from '../../core/scenarios';
import type { Scenario, Workbook } from '../../core/types';
import { parseProjectText } from '../../core/workbook-schema';
import { exportBriefingXlsx } from '../../electron/handlers/xlsx-export';
import { convert, LIBREOFFICE_TIMEOUT, libreOfficeAvailable, recalculatedSheets, warmUpLibreOffice } from './libreoffice';
import { sampleWorkbook, tempDir } from './helpers';

// A 1×1 white PNG stands in for the renderer's chart image.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64');
const num = (s: string | undefined) => (s === undefined || s === '' ? null : s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s));
const scenario = (patch: Partial<Scenario> & Pick<Scenario, 'id' | 'name' | 'method'>): Scenario => ({
  seriesId: 'budget',
  horizon: 2030,
  split: null,
  scope: 'series',
  ...patch,
});

let tmp: Awaited<ReturnType<typeof tempDir>>;
let wb: Workbook;
let path: string;
beforeAll(async () => {
  tmp = await tempDir();
  wb = await sampleWorkbook();
  // 2024 of the total left to its children's sum (a SUM formula), and scenarios that exercise every method's formulas.
  // (A new series array: views are memoised per array, as the app never changes one in place.)
  wb.series = wb.series.map((s, i) => (i === 0 ? { ...s, points: s.points.filter((p) => p.year !== 2024) } : s));
  wb.scenarios.push(scenario({ id: 's5', name: '연도별', method: { kind: 'custom', rates: [0.1, 0.12, 0.08] }, horizon: 2031 }));
  wb.scenarios.push(scenario({ id: 's6', name: '평균', method: { kind: 'average', window: { from: 2023, to: 2026 } }, horizon: 2029 }));
  path = tmp.path('briefing.xlsx');
  await exportBriefingXlsx(path, wb, 'ko', { chartPng: PNG, author: '분석관', now: new Date('2026-11-27T09:00:00Z') });
});
afterAll(() => tmp.cleanup());

/** Rows of one projection block in a recalculated sheet: from its header row to the first empty row. */
function block(rows: string[][], seriesName: string): { header: string[]; lines: string[][] } {
  const title = rows.findIndex((r) => r[0]?.startsWith(`${seriesName} (`));
  const header = rows[title + 1]!;
  const lines: string[][] = [];
  for (let i = title + 2; i < rows.length && rows[i]![0]; i++) lines.push(rows[i]!);
  return { header, lines };
}

describe('briefing read back with exceljs', () => {
  it('has every sheet, the series table with a group SUM, formulas with cached results, and document properties', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((s) => s.name)).toEqual(['요약', '시리즈', '전망', '민감도', '센터 목록']);
    expect(book.creator).toBe('분석관');
    expect(book.title).toBe(wb.title);

    const table = book.getWorksheet('시리즈')!;
    expect(table.getRow(4).values).toEqual([undefined, '구분', 2021, 2022, 2023, 2024, 2025, 2026, '단위', '비고']);
    expect(table.getCell('G5').value).toBe(2685);
    // 2024 of the total is the sum of 계속과제 and 신규과제.
    expect(table.getCell('E5').formula).toBe('SUM(E6,E7)');
    expect(table.getCell('E5').result).toBe(1910);
    // 2022: the entered 1,615 is kept and the difference from the children's 1,672 is noted.
    expect(table.getCell('C5').value).toBe(1615);
    expect(table.getCell('I5').text).toContain('2022년: 하위 합계 1,672와 다름');
    expect(table.getCell('H8').value).toBe('건');

    const proj = book.getWorksheet('전망')!;
    expect(proj.getCell('A11').value).toBe(2026);
    // 2027, baseline column C: previous year × (1 + the growth-rate input on the summary sheet)
    expect(proj.getCell('C12').formula).toMatch(/^C11\*\(1\+'요약'!\$D\$\d+\)$/);
    const { results } = compareScenarios(wb, 'budget');
    const expected = (id: string, year: number) => {
      const r = results[id]!;
      return r.ok ? r.points.find((p) => p.year === year)!.value : NaN;
    };
    expect(proj.getCell('C15').result as number).toBeCloseTo(expected('s1', 2030), 9);
    expect(proj.getCell('E15').formula).toMatch(/'요약'!\$H\$\d+\+'요약'!\$G\$\d+\*\$A15/);
    expect(proj.getCell('E15').result as number).toBeCloseTo(3664.8, 9);
    expect(proj.getCell('F16').result as number).toBeCloseTo(expected('s5', 2031), 9);

    const summary = book.getWorksheet('요약')!;
    expect(summary.getCell('B6').formula).toBe("'시리즈'!$G$5");
    expect(summary.getCell('B9').result).toBe(30);
    const sens = book.getWorksheet('민감도')!;
    const rateRow = [...Array(40).keys()].find((r) => sens.getCell(r + 1, 1).value === 0.15)! + 1;
    expect(sens.getCell(rateRow, 5).result as number).toBeCloseTo(2685 * 1.15 ** 4, 9);
    expect(sens.getCell(rateRow - 4, 1).value).toBe(0.115);
    const centers = book.getWorksheet('센터 목록')!;
    expect(centers.getCell('A5').value).toBe(wb.centers.rows[0]!.name);
    expect(centers.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });

  it('sets Korean fonts, number formats, print set-up, autofilter and colour scales', async () => {
    const zip = await JSZip.loadAsync(await readFile(path));
    expect(await zip.file('xl/worksheets/sheet5.xml')!.async('string')).toContain('<autoFilter ref="A4:F34"');
    expect(await zip.file('xl/worksheets/sheet3.xml')!.async('string')).toMatch(
      /<pageSetup[^>]*orientation="landscape"[^>]*|<pageSetup[^>]*paperSize="9"/,
    );
    expect(await zip.file('xl/worksheets/sheet4.xml')!.async('string')).toContain('<colorScale>');
    expect(await zip.file('xl/styles.xml')!.async('string')).toContain('맑은 고딕');
    const book = await zip.file('xl/workbook.xml')!.async('string');
    expect(book).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="1">');
    expect(book).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="4">');
    expect(await zip.file('xl/styles.xml')!.async('string')).toContain('#,##0.0&quot;억원&quot;');
  });

  it('has a native chart per series block bound to its cells, the PNG, and only well-formed XML parts', async () => {
    const zip = await JSZip.loadAsync(await readFile(path));
    const chart1 = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart1).toContain("<c:f>'전망'!$C$6:$C$16</c:f>");
    expect(chart1).toContain('예산 총액 추이와 시나리오');
    expect(chart1).toContain('<a:prstDash val="dash"/>');
    expect(await zip.file('xl/charts/chart2.xml')!.async('string')).toContain('신규과제 추이와 시나리오');
    expect(zip.file(/xl\/media\/aw-image\d+\.png/)).toHaveLength(1);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('drawingml.chart+xml');
    expect(types).toContain('<Default Extension="png"');
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      const parser = new SaxesParser({ xmlns: true });
      parser.write(await zip.file(name)!.async('string')).close();
    }
  });
});

describe.runIf(libreOfficeAvailable())('briefing in LibreOffice', { timeout: LIBREOFFICE_TIMEOUT }, () => {
  beforeAll(() => warmUpLibreOffice(), LIBREOFFICE_TIMEOUT);

  it('recalculates every projection of every series from the formulas to the app’s values', async () => {
    const sheets = await recalculatedSheets(path, tmp.path('lo1'));
    let checked = 0;
    for (const seriesId of ['budget', 'new']) {
      const series = wb.series.find((s) => s.id === seriesId)!;
      const { rows, scenarios } = compareScenarios(wb, seriesId);
      const { header, lines } = block(sheets['전망']!, series.name);
      for (const row of rows) {
        const line = lines.find((r) => r[0] === String(row.year))!;
        for (const s of scenarios) {
          const v = row.values[s.id];
          if (v === null || v === undefined || row.year <= 2026) continue;
          expect(num(line[header.findIndex((h) => h.startsWith(s.name))])).toBeCloseTo(v, 6);
          checked++;
        }
      }
    }
    expect(checked).toBe(4 + 4 + 4 + 5 + 3 + 4);
    // The group's 2024 SUM and the key figures recalculate too.
    expect(sheets['시리즈']![4]![4]).toBe('1910');
    const summary = sheets['요약']!;
    expect(num(summary.find((r) => r[0]!.startsWith('연평균'))![1])).toBeCloseTo((2685 / 1868) ** (1 / 5) - 1, 6);
  });

  it('after changing the growth-rate input to 13%, every baseline projection is 2,685 × 1.13ⁿ and the differences follow', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const summary = book.getWorksheet('요약')!;
    const rows: number[] = [];
    summary.eachRow((row, n) => {
      if (row.getCell(2).text === '반복 성장 11.5% (기준)') rows.push(n);
    });
    expect(rows).toHaveLength(1);
    expect(summary.getCell(rows[0]!, 4).value).toBe(0.115);
    summary.getCell(rows[0]!, 4).value = 0.13;
    const changed = tmp.path('changed.xlsx');
    await book.xlsx.writeFile(changed);
    const { header, lines } = block((await recalculatedSheets(changed, tmp.path('lo2')))['전망']!, '예산 총액');
    const col = (name: string) => header.findIndex((h) => h.startsWith(name));
    for (let n = 1; n <= 4; n++)
      expect(num(lines.find((r) => r[0] === String(2026 + n))![col('반복 성장')])).toBeCloseTo(2685 * 1.13 ** n, 6);
    const r2030 = lines.find((r) => r[0] === '2030')!;
    expect(num(r2030[col('차이: CAGR')])).toBeCloseTo(num(r2030[col('CAGR')])! - 2685 * 1.13 ** 4, 6);
  });

  it('opens the charts: they survive a round trip to xlsx and to a non-empty PDF', async () => {
    const [xlsx] = await convert(path, 'xlsx:Calc MS Excel 2007 XML', tmp.path('lo3'));
    const zip = await JSZip.loadAsync(await readFile(xlsx!));
    const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThanOrEqual(2);
    expect(await zip.file(charts[0]!)!.async('string')).toContain('전망');
    const [pdf] = await convert(path, 'pdf', tmp.path('lo4'));
    expect((await stat(pdf!)).size).toBeGreaterThan(20_000);
    expect((await readFile(pdf!)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('hostile text and numbers', () => {
  it('control characters and U+FFFE are removed (with a warning) so every part stays well-formed XML', async () => {
    const hostile = await sampleWorkbook();
    hostile.scenarios[0]!.name = '반복\u0001성장';
    hostile.centers.rows[0]!.name = '센터\ufffe이름';
    hostile.series[0]!.note = '비고\u001f\ud800끝';
    const p = tmp.path('hostile.xlsx');
    const warnings = await exportBriefingXlsx(p, hostile, 'ko');
    expect(warnings).toEqual([{ code: 'export.textCleaned', count: 3 }]);
    const zip = await JSZip.loadAsync(await readFile(p));
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      const parser = new SaxesParser({ xmlns: true });
      parser.write(await zip.file(name)!.async('string')).close();
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(p);
    expect(book.getWorksheet('센터 목록')!.getCell('A5').value).toBe('센터이름');
  });

  it('values past ±1e18 never enter, so even the largest allowed value at the highest rate exports finite numbers', async () => {
    const big = await sampleWorkbook();
    const file = (value: number) =>
      JSON.stringify({
        format: 'analyst-workbook',
        schemaVersion: 4,
        workbook: { ...big, series: big.series.map((s, i) => (i === 0 ? { ...s, points: [{ year: 2026, value, note: '' }] } : s)) },
      });
    expect(() => parseProjectText(file(1e308))).toThrow(/within/);
    const extreme = parseProjectText(file(1e18));
    extreme.scenarios[0]!.method = { kind: 'growth', rate: 99.99 };
    extreme.scenarios[0]!.horizon = 2100;
    const p = tmp.path('extreme.xlsx');
    expect(await exportBriefingXlsx(p, extreme, 'en')).toEqual([]);
    const zip = await JSZip.loadAsync(await readFile(p));
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/') || n.startsWith('xl/charts/'))) {
      expect(await zip.file(name)!.async('string')).not.toMatch(/>(-?Infinity|NaN)</);
    }
  });

  it.runIf(libreOfficeAvailable())(
    'region names that look like patterns or comparisons count exactly after recalculation',
    { timeout: LIBREOFFICE_TIMEOUT },
    async () => {
      const wb2 = await sampleWorkbook();
      const names = ['*', '<>부산', '?', '~x', '=서울', '>1', ''];
      names.forEach((region, i) => (wb2.centers.rows[i]!.region = region));
      const p = tmp.path('regions.xlsx');
      await exportBriefingXlsx(p, wb2, 'ko');
      const summary = (await recalculatedSheets(p, tmp.path('lo5')))['요약']!;
      const start = summary.findIndex((r) => r[0] === '지역별 센터 수');
      const counts = new Map(
        summary
          .slice(start + 1)
          .filter((r) => r[0])
          .map((r) => [r[0]!, Number(r[1])]),
      );
      for (const name of names) expect(counts.get(name || '—'), name).toBe(1);
      expect(counts.get('경기')).toBe(wb2.centers.rows.filter((c) => c.region === '경기').length);
      expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(30);
    },
  );
});

describe('briefing in English', () => {
  it('follows the language for sheet names, labels and unit names', async () => {
    const p = tmp.path('en.xlsx');
    await exportBriefingXlsx(p, wb, 'en', { author: '' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(p);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Series', 'Projections', 'Sensitivity', 'Centers']);
    expect(book.getWorksheet('Series')!.getCell('A4').value).toBe('Item');
    expect(book.getWorksheet('Series')!.getCell('H5').value).toBe('100M KRW');
    // No author unless the user set one: never the OS account name.
    expect(book.creator).toBe('Analyst Workbook');
    // Figures carry no Korean unit in English: the label names it.
    const summary = book.getWorksheet('Summary')!;
    const latest = summary.getColumn(1).values.findIndex((v) => typeof v === 'string' && v.startsWith('Latest value'));
    expect(summary.getCell(latest, 1).value).toBe('Latest value (2026) (100M KRW)');
    expect(summary.getCell(latest, 2).numFmt).toBe('#,##0');
    for (let r = 1; r <= summary.rowCount; r++) expect(String(summary.getCell(r, 2).numFmt ?? '')).not.toContain('억원');
  });

  it('page 1 shows every label beside a figure whole (column A as wide as the longest), in both languages', async () => {
    for (const lang of ['ko', 'en'] as const) {
      const p = tmp.path(`labels-${lang}.xlsx`);
      await exportBriefingXlsx(p, wb, lang, { author: '' });
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(p);
      const summary = book.worksheets[0]!;
      const width = summary.getColumn(1).width!;
      for (let r = 5; r <= summary.rowCount; r++) {
        const v = summary.getCell(r, 1).value;
        // A text with nothing to its right (a section title) runs on into the empty cells: only labels beside a figure must fit.
        if (typeof v !== 'string' || summary.getCell(r, 2).value === null) continue;
        const chars = [...v].reduce((n, ch) => n + (/[\uac00-\ud7a3]/u.test(ch) ? 2 : 1), 0);
        expect(chars, `${lang}: ${v}`).toBeLessThanOrEqual(width);
      }
    }
  });

  it('a workbook without centers has no centers sheet and no center figures ("0 centers")', async () => {
    const p = tmp.path('no-centers.xlsx');
    const bare = { ...wb, centers: { ...wb.centers, rows: [] } };
    await exportBriefingXlsx(p, bare, 'en', { author: '' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(p);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Series', 'Projections', 'Sensitivity']);
    const labels = book.worksheets[0]!.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(labels.some((l) => /center|institution|region/i.test(l))).toBe(false);
    expect(labels.some((l) => l.startsWith('Latest value'))).toBe(true);
  });
});
