/**
 * Derived series in the xlsx briefing stay live: Excel formulas on the cells of the series they use, in the
 * series sheet and in the projection blocks. LibreOffice recalculates them to the app's values, and again
 * after an input cell and an assumption cell are changed in the file.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareScenarios } from '../../core/scenarios';
import type { Scenario, Series, Workbook } from '../../core/types';
import { applyEdit, type WorkbookEdit } from '../../core/workbook-edits';
import { exportBriefingXlsx } from '../../electron/handlers/xlsx-export';
import { LIBREOFFICE_TIMEOUT, libreOfficeAvailable, recalculatedSheets, warmUpLibreOffice } from './libreoffice';
import { sampleWorkbook, tempDir } from './helpers';

const derived = (id: string, name: string, formula: string, unit: string): Series => ({
  id,
  name,
  unit,
  parentId: null,
  note: '',
  baselineScenarioId: null,
  points: [],
  formula,
});
const DERIVED = ['신규과제 비중', '센터당 예산', '예산 총액 (실질)', '계속 외 예산', '예산 증감률', '신규 몫', '두 해 전 예산'];

/** The sample with a deflator (illustrative, made here), five more derived series and scenarios through inputs. */
async function workbook(): Promise<Workbook> {
  let wb = await sampleWorkbook();
  const edits: WorkbookEdit[] = [
    {
      kind: 'addSeries',
      series: {
        ...derived('deflator', 'GDP 디플레이터', '', ''),
        formula: undefined,
        points: [2021, 2022, 2023, 2024, 2025, 2026].map((year, i) => ({ year, value: 100 + 2.5 * i, note: '' })),
      },
    },
    { kind: 'addSeries', series: derived('real', '예산 총액 (실질)', '=REAL([예산 총액], [GDP 디플레이터], 2022)', '억원') },
    { kind: 'addSeries', series: derived('rest', '계속 외 예산', '=[예산 총액] - [계속과제]', '억원') },
    { kind: 'addSeries', series: derived('yoy', '예산 증감률', '=ROUND(YOY([예산 총액]), 2)', '%') },
    { kind: 'addSeries', series: derived('part', '신규 몫', '=IF([신규과제] >= 300, SHARE([신규과제]), 0)', '%') },
    { kind: 'addSeries', series: derived('lag', '두 해 전 예산', '=LAG([예산 총액], 2) + AVG([신규과제], [계속과제]) * 0', '억원') },
    scenarioEdit('d1', 'new-share', '반복 성장 11.5%'),
    scenarioEdit('d2', 'real', '반복 성장 11.5%'),
    {
      kind: 'addScenario',
      scenario: { ...scenario('f1', 'deflator', '반복 성장 11.5%'), method: { kind: 'growth', rate: 0.02 }, scope: 'series' },
    },
  ];
  for (const e of edits) wb = applyEdit(wb, e);
  return wb;
}
function scenario(id: string, seriesId: string, name: string): Scenario {
  return { id, seriesId, name, method: { kind: 'growth', rate: null }, horizon: 2030, split: null, scope: 'inputs' };
}
const scenarioEdit = (id: string, seriesId: string, name: string): WorkbookEdit => ({
  kind: 'addScenario',
  scenario: scenario(id, seriesId, name),
});

let tmp: Awaited<ReturnType<typeof tempDir>>;
let wb: Workbook;
let path: string;
beforeAll(async () => {
  tmp = await tempDir();
  wb = await workbook();
  path = tmp.path('briefing.xlsx');
  await exportBriefingXlsx(path, wb, 'ko', { now: new Date('2026-12-05T09:00:00Z') });
});
afterAll(() => tmp.cleanup());

/** A series' row of values by year in the series sheet (raw recalculated text). */
function seriesRow(rows: string[][], name: string): Map<number, number | null> {
  const header = rows[3]!;
  const row = rows.find((r) => r[0] === name)!;
  const out = new Map<number, number | null>();
  header.forEach((h, i) => /^\d{4}$/.test(h) && out.set(Number(h), row[i] === '' || row[i] === undefined ? null : Number(row[i])));
  return out;
}

/** A scenario's projected values in its block of the projections sheet. */
function blockColumn(rows: string[][], seriesName: string, scenarioName: string): Map<number, number> {
  const title = rows.findIndex((r) => r[0]?.startsWith(`${seriesName} (`));
  const header = rows[title + 1]!;
  const c = header.findIndex((h) => h.startsWith(scenarioName));
  const out = new Map<number, number>();
  for (let i = title + 2; i < rows.length && rows[i]![0]; i++) if (rows[i]![c]) out.set(Number(rows[i]![0]), Number(rows[i]![c]));
  return out;
}

/** Every derived value of the app (series sheet) and every projection through inputs, against the recalculated file. */
function expectSameAsApp(app: Workbook, sheets: Record<string, string[][]>): number {
  let checked = 0;
  for (const name of DERIVED) {
    const s = app.series.find((x) => x.name === name)!;
    const inFile = seriesRow(sheets['시리즈']!, name);
    for (const p of s.points) {
      if (p.value === null) expect(inFile.get(p.year) ?? null, `${name} ${p.year}`).toBeNull();
      else expect(inFile.get(p.year), `${name} ${p.year}`).toBeCloseTo(p.value, 6);
      checked++;
    }
  }
  for (const seriesId of ['new-share', 'real']) {
    const s = app.series.find((x) => x.id === seriesId)!;
    const { rows, scenarios } = compareScenarios(app, seriesId);
    const through = scenarios.find((x) => x.scope === 'inputs')!;
    const inFile = blockColumn(sheets['전망']!, s.name, through.name);
    for (const row of rows.filter((r) => r.year > 2026)) {
      expect(inFile.get(row.year), `${s.name} ${row.year}`).toBeCloseTo(row.values[through.id]!, 6);
      checked++;
    }
  }
  return checked;
}

describe('derived series in the briefing', () => {
  it('are formulas over the cells of their inputs, with the app’s values cached for viewers that do not recalculate', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet('시리즈')!;
    const rowOf = (name: string) => sheet.getColumn(1).values.indexOf(name);
    const colOf = (year: number) => (sheet.getRow(4).values as unknown[]).indexOf(year);
    const share = sheet.getCell(rowOf('신규과제 비중'), colOf(2026)).value as ExcelJS.CellFormulaValue;
    expect(share.formula).toBe(`IFERROR((G${rowOf('신규과제')}/G${rowOf('예산 총액')})*100,"")`);
    expect(share.result).toBeCloseTo((280 / 2685) * 100, 10);
    // A year an input lacks stays empty, as in the app.
    expect(sheet.getCell(rowOf('신규과제 비중'), colOf(2023)).value).toBeNull();
    const real = sheet.getCell(rowOf('예산 총액 (실질)'), colOf(2026)).value as ExcelJS.CellFormulaValue;
    expect(real.formula).toBe(`IFERROR(G${rowOf('예산 총액')}/G${rowOf('GDP 디플레이터')}*C${rowOf('GDP 디플레이터')},"")`);
    // The projection block of a scenario through inputs refers to the inputs' projected cells.
    const proj = book.getWorksheet('전망')!;
    let found = 0;
    proj.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === 'object' && 'formula' in v && /^IFERROR\(\(?[A-Z]+\d+\/[A-Z]+\d+/.test(v.formula)) found++;
      }),
    );
    expect(found).toBe(8);
  });
});

describe.runIf(libreOfficeAvailable())('derived series recalculated by LibreOffice', { timeout: LIBREOFFICE_TIMEOUT }, () => {
  beforeAll(() => warmUpLibreOffice(), LIBREOFFICE_TIMEOUT);

  it('gives the app’s values, in the series sheet and through inputs in the projections', async () => {
    expect(expectSameAsApp(wb, await recalculatedSheets(path, tmp.path('lo1')))).toBe(expectedCount(wb));
  });

  it('follows a changed input cell (예산 총액 2026) and a changed assumption (11.5% → 13%) to what the app computes', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet('시리즈')!;
    const row = sheet.getColumn(1).values.indexOf('예산 총액');
    const col = (sheet.getRow(4).values as unknown[]).indexOf(2026);
    sheet.getCell(row, col).value = 3000;
    const summary = book.getWorksheet('요약')!;
    let rateRow = 0;
    summary.eachRow((r, n) => {
      if (r.getCell(1).text === '예산 총액' && r.getCell(2).text.startsWith('반복 성장 11.5%')) rateRow = n;
    });
    expect(summary.getCell(rateRow, 4).value).toBe(0.115);
    summary.getCell(rateRow, 4).value = 0.13;
    const changed = tmp.path('changed.xlsx');
    await book.xlsx.writeFile(changed);

    const app = [
      { kind: 'setPointValue', seriesId: 'budget', year: 2026, value: 3000 },
      { kind: 'updateScenario', id: 's1', patch: { method: { kind: 'growth', rate: 0.13 } } },
    ].reduce((w, e) => applyEdit(w, e as WorkbookEdit), wb);
    const sheets = await recalculatedSheets(changed, tmp.path('lo2'));
    expect(expectSameAsApp(app, sheets)).toBe(expectedCount(app));
    // It did change: the share in 2026 is now 280 / 3,000.
    expect(seriesRow(sheets['시리즈']!, '신규과제 비중').get(2026)).toBeCloseTo((280 / 3000) * 100, 8);
  });
});

/** Points of the derived series plus projected years through inputs (2027–2030 for two series). */
function expectedCount(w: Workbook): number {
  return DERIVED.reduce((n, name) => n + w.series.find((s) => s.name === name)!.points.length, 0) + 2 * 4;
}
