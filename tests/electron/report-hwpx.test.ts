/**
 * The 한/글 report (.hwpx): every exported file follows the package rules 한/글 enforces, has the
 * structure of documents 한/글 itself wrote, reads back through the app's own HWPX reader cell for cell
 * with its captions and units, and carries the same numbers as the xlsx briefing of the same workbook.
 */
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingContent, reportTables, type BriefingContent } from '../../core/briefing/briefing-content';
import { reportCellText } from '../../core/briefing/report-cell-text';
import { readNumber } from '../../core/import/cell-values';
import { documentSheet } from '../../core/import/document-table';
import { noteUnit } from '../../core/import/table-units';
import type { Lang, Scenario, Series, Workbook } from '../../core/types';
import { xmlSafeWorkbook } from '../../electron/handlers/briefing/text-safety';
import { readHwpx } from '../../electron/handlers/import/hwp/hwpx';
import { exportReportHwpx } from '../../electron/handlers/report/export-report';
import { exportBriefingXlsx } from '../../electron/handlers/xlsx-export';
import { injectedFs } from './fs-fixtures';
import { sampleWorkbook, tempDir } from './helpers';
import { hwpxProblems, parseXml, walk, zipEntries, type Node } from './hwpx-rules';

const DOCS = join(__dirname, '../../../shared/fixtures/documents');
const CHART = readFileSync(join(__dirname, '../../assets/icon.png'));
const NOW = new Date('2026-12-05T09:00:00Z');
let dir: Awaited<ReturnType<typeof tempDir>>;
let sample: Workbook;

beforeAll(async () => {
  dir = await tempDir();
  sample = await sampleWorkbook();
});
afterAll(() => dir.cleanup());

/** A workbook of a group of two series and a count, with a decrease, a gap and two scenarios on a child. */
function multiSeries(): Workbook {
  const pts = (values: (number | null)[]) => values.map((value, i) => ({ year: 2020 + i, value, note: '' }));
  const series = (id: string, name: string, unit: string, parentId: string | null, values: (number | null)[]): Series => ({
    id,
    name,
    unit,
    parentId,
    note: '',
    baselineScenarioId: id === 'b' ? 's1' : null,
    points: pts(values),
  });
  const growth = (id: string, name: string, rate: number): Scenario => ({
    id,
    name,
    seriesId: 'b',
    method: { kind: 'growth', rate },
    horizon: 2030,
    split: null,
    scope: 'series',
  });
  return {
    ...sample,
    title: '부처별 R&D 예산',
    series: [
      series('g', '합계', '억원', null, []),
      series('a', '산업부', '억원', 'g', [1200, 1350, 1280, 1400, null, 1525]),
      series('b', '과기정통부', '억원', 'g', [2100, 2050, 1990, 2300, 2410, 2380]),
      series('c', '과제 수', '건', null, [40, 38, 41, 45, 47, 44]),
    ],
    scenarios: [growth('s1', '기준', 0.03), growth('s2', '감축', -0.02)],
    chart: { seriesIds: [] },
  };
}

async function exportBoth(wb: Workbook, lang: Lang, name: string): Promise<{ hwpx: string; xlsx: string; content: BriefingContent }> {
  const hwpx = dir.path(`${name}.hwpx`);
  const xlsx = dir.path(`${name}.xlsx`);
  await exportReportHwpx(hwpx, wb, lang, { chartPng: CHART, author: '김분석', now: NOW });
  await exportBriefingXlsx(xlsx, wb, lang, { author: '김분석', now: NOW });
  const content = briefingContent(xmlSafeWorkbook(wb).workbook, lang, { date: '2026-12-05', author: '김분석' });
  return { hwpx, xlsx, content };
}

/** A table read back as a grid of texts (merged slots empty). */
function grid(t: { rows: number; cols: number; cells: { row: number; col: number; text: string }[] }): string[][] {
  const g = Array.from({ length: t.rows }, () => Array.from({ length: t.cols }, () => ''));
  for (const c of t.cells) g[c.row]![c.col] = c.text;
  return g;
}

/** The same table as the content model says it should read. */
function expectedGrid(table: ReturnType<typeof reportTables>[number], lang: Lang, cols: number): string[][] {
  const rows = [...table.header, ...table.body];
  const g = rows.map(() => Array.from({ length: cols }, () => ''));
  const taken = new Set<string>();
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken.has(`${r},${c}`)) c++;
      g[r]![c] = reportCellText(cell, lang);
      const rs = cell.kind === 'text' ? (cell.rowSpan ?? 1) : 1;
      const cs = cell.kind === 'text' ? (cell.colSpan ?? 1) : 1;
      for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) taken.add(`${r + i},${c + j}`);
      c += cs;
    }
  });
  return g;
}

describe.each<[string, () => Workbook, Lang]>([
  ['the sample, Korean', () => sample, 'ko'],
  ['the sample, English', () => sample, 'en'],
  ['a multi-series workbook', multiSeries, 'ko'],
])('%s as a 한/글 report', (label, make, lang) => {
  let files: Awaited<ReturnType<typeof exportBoth>>;
  beforeAll(async () => {
    files = await exportBoth(make(), lang, label.replace(/\W+/g, '-'));
  });

  it('follows every package rule 한/글 enforces', async () => {
    expect(await hwpxProblems(files.hwpx)).toEqual([]);
  });

  it('reads back through the app’s HWPX reader: every table cell for cell, with its caption and unit', async () => {
    const read = await readHwpx(files.hwpx);
    const tables = reportTables(files.content);
    expect(read.tables).toHaveLength(tables.length);
    tables.forEach((table, i) => {
      const t = read.tables[i]!;
      // The caption holds the title and, right under it, the unit line.
      expect(t.caption).toBe([table.caption, table.unitLine].filter(Boolean).join('\n'));
      expect(grid(t)).toEqual(expectedGrid(table, lang, t.cols));
      const sheet = documentSheet(t, table.caption);
      // The import's unit finder reads the Korean unit line as the first unit it names.
      if (lang === 'ko' && table.unitLine)
        expect(noteUnit(sheet.rows.slice(0, t.context.length + 1))).toBe(/\(단위: ([^,)]+)/.exec(table.unitLine)![1]);
    });
  });

  it('carries the same numbers as the xlsx briefing, table by table', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(files.xlsx);
    const read = await readHwpx(files.hwpx);
    const num = (text: string) => {
      const r = readNumber(text);
      return r.kind === 'number' ? r.value : null;
    };
    const xl = (v: ExcelJS.CellValue): number | null =>
      typeof v === 'number' ? v : v && typeof v === 'object' && 'result' in v && typeof v.result === 'number' ? v.result : null;
    const rounded = (v: number | null, digits: number) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);
    // 시리즈: a row per series, a column per year (the report shows the latest ten).
    const seriesSheet = book.worksheets[1]!;
    const reportSeries = grid(read.tables[0]!);
    const years = reportSeries[0]!.map(Number);
    let compared = 0;
    files.content.table.rows.forEach((row, i) => {
      const xlsxRow = seriesSheet.getRow(5 + i);
      expect(xlsxRow.getCell(1).value).toBe(row.series.name);
      years.forEach((year, k) => {
        if (!Number.isInteger(year) || year < 1900) return;
        const col = files.content.table.years.indexOf(year) + 2;
        const text = reportSeries[1 + i]![k]!;
        const digits = text.includes('.') ? 1 : 0;
        expect(num(text)).toBe(rounded(xl(xlsxRow.getCell(col).value), digits));
        compared++;
      });
    });
    expect(compared).toBeGreaterThan(10);
    // 시나리오: each scenario's end value on the summary sheet equals the report's.
    const summary = book.worksheets[0]!;
    const scenarioTable = read.tables.find(
      (t) => t.caption.split('\n')[0] === reportTables(files.content).find((x) => x.key === 'scenarios')?.caption,
    );
    const ends = scenarioTable
      ? grid(scenarioTable)
          .slice(2)
          .map((r) => num(r[3]!))
      : [];
    const xlsxEnds: (number | null)[] = [];
    summary.eachRow((row, n) => {
      if (n > 12 && n < 12 + 1 + ends.length) xlsxEnds.push(rounded(xl(row.getCell(2).value), 0));
    });
    expect(ends).toEqual(xlsxEnds);
    // 민감도: the first sensitivity table, rate × year.
    const sens = files.content.sensitivity[0];
    if (sens) {
      const sheet = book.worksheets[3]!;
      const t = grid(read.tables.find((x) => x.caption.startsWith(sens.series.name) && x.rows === sens.shape.rates.length + 1)!);
      sens.shape.rates.forEach((_, i) =>
        sens.shape.years.forEach((_, k) => expect(num(t[1 + i]![1 + k]!)).toBe(rounded(xl(sheet.getRow(6 + i).getCell(2 + k).value), 0))),
      );
    }
  });
});

describe('the report’s package against documents 한/글 wrote', () => {
  const real = readdirSync(DOCS).filter((f) => f.endsWith('.hwpx'));
  let ours: Map<string, Node>;
  beforeAll(async () => {
    const path = dir.path('structure.hwpx');
    await exportReportHwpx(path, sample, 'ko', { chartPng: CHART, now: NOW });
    ours = new Map((await zipEntries(path)).filter((e) => e.name.endsWith('.xml')).map((e) => [e.name, parseXml(e.data.toString('utf8'))]));
  });

  it.each(real)('%s: the same parts, namespaces and element order in a table', async (file) => {
    const entries = await zipEntries(join(DOCS, file));
    expect(entries[0]!.name).toBe('mimetype');
    const theirs = new Map(entries.filter((e) => e.name.endsWith('.xml')).map((e) => [e.name, parseXml(e.data.toString('utf8'))]));
    for (const part of ['version.xml', 'META-INF/container.xml', 'META-INF/manifest.xml', 'Contents/header.xml', 'Contents/section0.xml'])
      expect([part, theirs.has(part)]).toEqual([part, ours.has(part)]);
    for (const part of ['Contents/header.xml', 'Contents/section0.xml']) {
      // Ours declares what the oldest 한/글 documents declare; newer ones add hwpunitchar for their switches.
      const ns = (n: Node) => Object.entries(n.attrs).filter(([a]) => a.startsWith('xmlns:'));
      expect(ns(theirs.get(part)!)).toEqual(expect.arrayContaining(ns(ours.get(part)!)));
      expect(ours.get(part)!.name).toBe(theirs.get(part)!.name);
    }
    // The order of a table's own children, and of a cell's, as 한/글 writes them.
    const order = (root: Node, tag: string) => {
      const n = [...walk(root)].find((x) => x.name === tag);
      return n ? [...new Set(n.children.map((c) => c.name))] : null;
    };
    const sectionTheirs = theirs.get('Contents/section0.xml')!;
    const sectionOurs = ours.get('Contents/section0.xml')!;
    const tbl = order(sectionTheirs, 'hp:tbl');
    if (tbl)
      expect(order(sectionOurs, 'hp:tbl')!.filter((x) => tbl.includes(x))).toEqual(
        tbl.filter((x) => order(sectionOurs, 'hp:tbl')!.includes(x)),
      );
    expect(order(sectionOurs, 'hp:tc')).toEqual(order(sectionTheirs, 'hp:tc'));
  });

  it('the rule checker itself passes the documents 한/글 wrote (but for their RDF and switch attributes)', async () => {
    for (const file of real) {
      const problems = await hwpxProblems(join(DOCS, file));
      expect(problems.filter((p) => !/prefixed attribute (rdf:|hp:required-namespace)/.test(p))).toEqual([]);
    }
  });
});

describe('hostile and empty workbooks export a valid report', () => {
  it.each([
    ['a title with < & and emoji', (w: Workbook) => ({ ...w, title: '<예산> & "전망" 📈 \u0001\u0008', programme: 'R&D <2026>' })],
    [
      'a 300-character series name',
      (w: Workbook) => ({ ...w, series: w.series.map((s, i) => (i === 0 ? { ...s, name: '가'.repeat(300) } : s)) }),
    ],
    [
      'an empty workbook',
      (w: Workbook) => ({ ...w, title: '', programme: '', source: '', series: [], scenarios: [], centers: { ...w.centers, rows: [] } }),
    ],
  ])('%s', async (label, change) => {
    const path = dir.path(`hostile-${label.length}.hwpx`);
    await exportReportHwpx(path, change(sample), 'ko', { chartPng: CHART, now: NOW });
    expect(await hwpxProblems(path)).toEqual([]);
    const read = await readHwpx(path);
    expect(read.skippedSections).toBe(0);
  });

  it('a full disk leaves the old file as it was', async () => {
    const path = dir.path('kept.hwpx');
    await writeFile(path, 'the old report');
    const full = injectedFs(async (real, b, o, l, p, call) => {
      if (call > 0) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      return real.write(b, o, Math.min(l, 512), p);
    });
    await expect(exportReportHwpx(path, sample, 'ko', { chartPng: CHART, fs: full })).rejects.toMatchObject({ code: 'file.diskFull' });
    expect(await readFile(path, 'utf8')).toBe('the old report');
  });
});
