/** The xlsx briefing: read back with exceljs, recalculated by LibreOffice, charts valid, XML well-formed. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFile, stat } from 'node:fs/promises';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareScenarios } from '../../core/scenarios';
import type { Workbook } from '../../core/types';
import { exportBriefingXlsx } from '../../electron/handlers/xlsx-export';
import { convert, libreOfficeAvailable, recalculatedSheets } from './libreoffice';
import { sampleWorkbook, tempDir } from './helpers';

// A 1×1 white PNG stands in for the renderer's chart image.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64');
const num = (s: string | undefined) => (s === undefined || s === '' ? null : s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s));

let tmp: Awaited<ReturnType<typeof tempDir>>;
let wb: Workbook;
let path: string;
beforeAll(async () => {
  tmp = await tempDir();
  wb = await sampleWorkbook();
  // A fourth scenario with custom rates exercises every method's formulas.
  wb.scenarios.push({ id: 's4', name: '연도별', seriesId: 'budget', method: { kind: 'custom', rates: [0.1, 0.12, 0.08] }, horizon: 2031, split: null });
  wb.scenarios.push({ id: 's5', name: '평균', seriesId: 'budget', method: { kind: 'average', window: { from: 2023, to: 2026 } }, horizon: 2029, split: null });
  path = tmp.path('briefing.xlsx');
  await exportBriefingXlsx(path, wb, 'ko', { chartPng: PNG, author: '분석관', now: new Date('2026-11-27T09:00:00Z') });
});
afterAll(() => tmp.cleanup());

describe('briefing read back with exceljs', () => {
  it('has every sheet, formulas with cached results, and document properties', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((s) => s.name)).toEqual(['요약', '예산 추이', '전망', '민감도', '센터 목록']);
    expect(book.creator).toBe('분석관');
    expect(book.title).toBe(wb.title);

    const series = book.getWorksheet('예산 추이')!;
    expect(series.getCell('B9').value).toBe(2685);
    expect(series.getCell('C9').formula).toBe('B9/B8-1');
    expect(series.getCell('C9').result as number).toBeCloseTo(2685 / 2408 - 1, 12);

    const proj = book.getWorksheet('전망')!;
    expect(proj.getCell('A9').value).toBe(2026);
    // 2027, baseline column C: previous year × (1 + the growth-rate input on the summary sheet)
    expect(proj.getCell('C10').formula).toMatch(/^C9\*\(1\+'요약'!\$C\$\d+\)$/);
    const { results } = compareScenarios(wb, 'budget');
    const expected = (id: string, year: number) => {
      const r = results[id]!;
      return r.ok ? r.points.find((p) => p.year === year)!.value : NaN;
    };
    expect(proj.getCell('C13').result as number).toBeCloseTo(expected('s1', 2030), 9);
    expect(proj.getCell('E13').formula).toMatch(/'요약'!\$G\$\d+\+'요약'!\$F\$\d+\*\$A13/);
    expect(proj.getCell('E13').result as number).toBeCloseTo(3664.8, 9);
    expect(proj.getCell('F14').result as number).toBeCloseTo(expected('s4', 2031), 9);

    const summary = book.getWorksheet('요약')!;
    expect(summary.getCell('B6').formula).toBe("'예산 추이'!B9");
    expect(summary.getCell('B9').result).toBe(30);
    const sens = book.getWorksheet('민감도')!;
    expect(sens.getCell('A15').value).toBe(0.15);
    expect(sens.getCell('E15').result as number).toBeCloseTo(2685 * 1.15 ** 4, 9);
    const centers = book.getWorksheet('센터 목록')!;
    expect(centers.getCell('A5').value).toBe(wb.centers.rows[0]!.name);
    expect(centers.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });

  it('sets Korean fonts, number formats, print set-up, autofilter and a colour scale', async () => {
    const zip = await JSZip.loadAsync(await readFile(path));
    const sheetXml = await zip.file('xl/worksheets/sheet5.xml')!.async('string');
    expect(sheetXml).toContain('<autoFilter ref="A4:F34"');
    expect(await zip.file('xl/worksheets/sheet3.xml')!.async('string')).toMatch(/<pageSetup[^>]*orientation="landscape"[^>]*|<pageSetup[^>]*paperSize="9"/);
    expect(await zip.file('xl/worksheets/sheet4.xml')!.async('string')).toContain('<colorScale>');
    expect(await zip.file('xl/styles.xml')!.async('string')).toContain('맑은 고딕');
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('_xlnm.Print_Titles');
    expect(await zip.file('xl/styles.xml')!.async('string')).toContain('#,##0.0&quot;억원&quot;');
  });

  it('has a native chart bound to the projection cells, the PNG, and only well-formed XML parts', async () => {
    const zip = await JSZip.loadAsync(await readFile(path));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain("<c:f>'전망'!$C$5:$C$14</c:f>");
    expect(chart).toContain('<a:prstDash val="dash"/>');
    expect(zip.file(/xl\/media\/aw-image\d+\.png/)).toHaveLength(1);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('drawingml.chart+xml');
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      const parser = new SaxesParser({ xmlns: true });
      parser.write(await zip.file(name)!.async('string')).close();
    }
  });
});

describe.runIf(libreOfficeAvailable())('briefing in LibreOffice', () => {
  it('recalculates every projection from the formulas to the app’s values', async () => {
    const sheets = await recalculatedSheets(path, tmp.path('lo1'));
    const { rows } = compareScenarios(wb, 'budget');
    const proj = sheets['전망']!;
    const header = proj[3]!;
    let checked = 0;
    for (const row of rows) {
      const line = proj.find((r) => r[0] === String(row.year))!;
      for (const s of wb.scenarios) {
        const v = row.values[s.id];
        const cellText = line[header.findIndex((h) => h.startsWith(s.name))];
        if (v === null || row.year <= 2026) continue;
        expect(num(cellText)).toBeCloseTo(v!, 6);
        checked++;
      }
    }
    expect(checked).toBe(4 + 4 + 4 + 5 + 3);
    const summary = sheets['요약']!;
    expect(num(summary.find((r) => r[0]!.startsWith('연평균'))![1])).toBeCloseTo(0.1355152, 6);
  });

  it('after changing the growth-rate input to 13%, every baseline projection is 2,685 × 1.13ⁿ', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const summary = book.getWorksheet('요약')!;
    const rows: number[] = [];
    summary.eachRow((row, n) => {
      if (String(row.getCell(1).value).startsWith('반복 성장 11.5% (기준)')) rows.push(n);
    });
    expect(rows).toHaveLength(1);
    const rateRow = rows[0]!;
    expect(summary.getCell(rateRow, 3).value).toBe(0.115);
    summary.getCell(rateRow, 3).value = 0.13;
    const changed = tmp.path('changed.xlsx');
    await book.xlsx.writeFile(changed);
    const sheets = await recalculatedSheets(changed, tmp.path('lo2'));
    const proj = sheets['전망']!;
    for (let n = 1; n <= 4; n++) expect(num(proj.find((r) => r[0] === String(2026 + n))![2])).toBeCloseTo(2685 * 1.13 ** n, 6);
    // Differences follow too: CAGR column minus the new baseline.
    const r2030 = proj.find((r) => r[0] === '2030')!;
    expect(num(r2030[7])).toBeCloseTo(num(r2030[3])! - 2685 * 1.13 ** 4, 6);
  });

  it('opens the chart: it survives a round trip to xlsx and to a non-empty PDF', async () => {
    const [xlsx] = await convert(path, 'xlsx:Calc MS Excel 2007 XML', tmp.path('lo3'));
    const zip = await JSZip.loadAsync(await readFile(xlsx!));
    const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThanOrEqual(1);
    expect(await zip.file(charts[0]!)!.async('string')).toContain('전망');
    const [pdf] = await convert(path, 'pdf', tmp.path('lo4'));
    expect((await stat(pdf!)).size).toBeGreaterThan(20_000);
    expect((await readFile(pdf!)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('briefing in English', () => {
  it('follows the language for sheet names and labels', async () => {
    const p = tmp.path('en.xlsx');
    await exportBriefingXlsx(p, wb, 'en', { author: '' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(p);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Budget series', 'Projections', 'Sensitivity', 'Centers']);
    expect(book.getWorksheet('Budget series')!.getCell('B4').value).toBe('Budget (100M KRW)');
  });
});
