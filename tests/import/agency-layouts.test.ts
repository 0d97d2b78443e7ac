/**
 * Agency layouts on the project's own look-alikes (scripts/make-import-fixtures.ts, LibreOffice for
 * .xls/.ods): multi-row headers, titles above a header, totals first with groups in blank-label rows,
 * units from headers, items and metadata sheets, quarters, legacy formats, and hostile legacy files.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../core/errors';
import { seriesCandidates } from '../../core/import/series-import';
import { chooseSheet, inspectLoaded, toImportTable } from '../../electron/handlers/import/inspect';
import { loadSpreadsheet } from '../../electron/handlers/import/load-spreadsheet';
import { readLegacy } from '../../electron/handlers/import/read-legacy';
import { runCliCaptured, sampleWorkbook, tempDir } from '../electron/helpers';
import { saveProjectFile } from '../../electron/handlers/project-files';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const inspect = async (name: string) => inspectLoaded(await loadSpreadsheet(fixture(name)), { limit: 50, lang: 'en' });
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('agency layouts', () => {
  it('KOSIS two-row header: years over a repeated label with its unit, totals first, group labels filled down', async () => {
    const [t] = (await inspect('kosis-two-row-header.xlsx')).tables;
    expect(t).toMatchObject({ headerRows: [1, 2], firstDataRow: 3, kind: 'series', unit: '명', unitSource: 'header', rowCount: 4 });
    expect(t!.columns.map((c) => c.name)).toEqual([
      '행정구역(시도)별',
      '성별',
      '2019 · 이동자수',
      '2020 · 이동자수',
      '2021 · 이동자수',
      '2022 · 이동자수',
    ]);
    expect(t!.rowKeys).toEqual(['서울특별시 · 남자', '서울특별시 · 여자', '부산광역시 · 남자', '부산광역시 · 여자']);
    expect(t!.rows[1]).toEqual(['서울특별시', '여자', 45, 50, 55, 60]);
    // Each total checked against the rows it sums: 계 · 남자 is every 남자 row, 서울특별시 · 계 the 서울 rows.
    expect(t!.totals.map((x) => [x.row, x.label, x.checked, x.mismatches.length])).toEqual([
      [3, '계', true, 0],
      [4, '계 · 남자', true, 0],
      [5, '계 · 여자', true, 0],
      [6, '서울특별시 · 계', true, 0],
      [9, '부산광역시 · 계', true, 0],
    ]);
    // 부산 여자 2022 is "-": the 2022 checks cannot be made, so they are not warnings.
    expect(t!.warnings).toEqual([]);
  });

  it('three unmerged header levels: "2022 · 원인 · 입산자실화", a unit per column, the source URL after blank rows left out', async () => {
    const r = await inspect('three-row-header.xlsx');
    const [t] = r.tables;
    expect(t).toMatchObject({ headerRows: [1, 2, 3], firstDataRow: 4, kind: 'series', unit: null, rowCount: 2 });
    expect(t!.columns.slice(1, 6).map((c) => [c.name, c.unit])).toEqual([
      ['2022 · 원인 · 입산자실화', '건'],
      ['2022 · 원인 · 합계', '건'],
      ['2022 · 인명피해 · 합계', '명'],
      ['2022 · 피해 · 면적', 'ha'],
      ['2022 · 피해 · 피해액', '천원'],
    ]);
    expect(t!.rows).toEqual([
      ['강원', 10, 25, 1, 120.5, 35000, 12, 30, 0, 98.25, 41000],
      ['경북', 7, 19, 2, 88, 27000, 9, 22, 1, 310.75, 95000],
    ]);
    // As series: one per row and measure, each in its own unit, over both years.
    const loaded = await loadSpreadsheet(fixture('three-row-header.xlsx'));
    const candidates = seriesCandidates(toImportTable(chooseSheet(loaded).table));
    expect(candidates.map((c) => [c.label, c.unit, c.points.map((p) => [p.year, p.value])]).slice(0, 5)).toEqual([
      [
        '강원 · 원인 · 입산자실화',
        '건',
        [
          [2022, 10],
          [2023, 12],
        ],
      ],
      [
        '강원 · 원인 · 합계',
        '건',
        [
          [2022, 25],
          [2023, 30],
        ],
      ],
      [
        '강원 · 인명피해 · 합계',
        '명',
        [
          [2022, 1],
          [2023, 0],
        ],
      ],
      [
        '강원 · 피해 · 면적',
        'ha',
        [
          [2022, 120.5],
          [2023, 98.25],
        ],
      ],
      [
        '강원 · 피해 · 피해액',
        '천원',
        [
          [2022, 35000],
          [2023, 41000],
        ],
      ],
    ]);
    expect(candidates).toHaveLength(10);
  });

  it('a title merged across the table above a one-row header never becomes the header', async () => {
    const [t] = (await inspect('ministry-list-merged-title.xlsx')).tables;
    expect(t).toMatchObject({ headerRows: [3], firstDataRow: 4, kind: 'list', rowCount: 6 });
    expect(t!.columns.map((c) => [c.name, c.field, c.confidence])).toEqual([
      ['연번', null, null],
      ['센터명', 'name', 'exact'],
      ['운영기관', 'institution', 'exact'],
      ['지역', 'region', 'exact'],
      ['분야', 'field', 'exact'],
      ['구축연도', 'established', 'exact'],
      ['장비 수', 'equipment', 'exact'],
    ]);
    expect(t!.rowKeys[0]).toBe('AI 제조공정 실증센터');
  });

  it('a unit stated only on the 메타정보 sheet', async () => {
    const r = await inspect('metadata-unit.xlsx');
    expect(r.tables[0]).toMatchObject({ sheet: '데이터', unit: '천명', unitSource: 'metadata' });
    expect(r.tables[0]!.columns[1]).toMatchObject({ name: '2020', unit: '천명', unitSource: 'metadata' });
    expect(r.skipped).toEqual([{ sheet: '메타정보', reason: 'metadata or notes, not a table', code: 'metadata' }]);
  });

  it('quarters stay labelled columns; units in item labels belong to their rows', async () => {
    const r = await inspect('quarters-and-item-units.xlsx');
    const [quarters, items] = r.tables;
    expect(quarters).toMatchObject({ kind: 'list' });
    expect(quarters!.columns.slice(1).map((c) => [c.name, c.period, c.type])).toEqual([
      ['2024 1/4', '2024 Q1', 'number'],
      ['2024 2/4', '2024 Q2', 'number'],
      ['2024 3/4', '2024 Q3', 'number'],
      ['2024 4/4', '2024 Q4', 'number'],
    ]);
    expect(items).toMatchObject({ kind: 'series', unit: null });
    const loaded = await loadSpreadsheet(fixture('quarters-and-item-units.xlsx'));
    const table = toImportTable(chooseSheet(loaded, { sheet: '항목' }).table);
    expect(seriesCandidates(table).map((c) => [c.label, c.unit])).toEqual([
      ['서울 · 인구 (천명)', '천명'],
      ['서울 · 면적 (km2)', 'km2'],
    ]);
  });
});

describe('legacy and other formats (SheetJS in a worker)', () => {
  it('.xls (BIFF8 from LibreOffice), .xlsb and .ods read as their xlsx twins, merges and all', async () => {
    const twin = async (a: string, b: string) => {
      const [x, y] = await Promise.all([inspect(a), inspect(b)]);
      const strip = (r: typeof x) => r.tables.map(({ sheet: _sheet, ...t }) => t);
      expect(strip(y)).toEqual(strip(x));
      return y;
    };
    expect((await twin('kosis-two-row-header.xlsx', 'kosis-two-row-header.xls')).format).toBe('xls');
    expect((await twin('kosis-two-row-header.xlsx', 'kosis-two-row-header.xlsb')).format).toBe('xlsb');
    expect((await twin('ministry-list-merged-title.xlsx', 'ministry-list-merged-title.xls')).format).toBe('xls');
    expect((await twin('three-row-header.xlsx', 'three-row-header.ods')).format).toBe('ods');
  });

  it('an HTML table named .xls (a portal download) reads as a table', async () => {
    const r = await inspect('portal-html-table.xls');
    expect(r.tables[0]).toMatchObject({ headerRows: [2], kind: 'list', rowCount: 2 });
    expect(r.tables[0]!.rows[1]).toEqual(['바이오 소재 실증센터', '한국화학연구원', '세종']);
  });

  it('a damaged .xls, and one that would take too long or too much memory, end in a clear error and leave the file as it was', async () => {
    const before = hash(fixture('damaged.xls'));
    const damaged = await loadSpreadsheet(fixture('damaged.xls')).catch((e: unknown) => e);
    expect((damaged as AppError).code).toBe('import.corrupt');
    expect(hash(fixture('damaged.xls'))).toBe(before);
    // The worker is stopped at its time limit (here 1 ms) or memory limit: an error, not a hang.
    const slow = await readLegacy(fixture('kosis-two-row-header.xls'), { limits: { timeMs: 1 } }).catch((e: unknown) => e);
    expect((slow as AppError).code).toBe('import.tooComplex');
    const dir = await mkdtemp(join(tmpdir(), 'aw-legacy-'));
    try {
      // A "spreadsheet" HTML with 200,000 rows, read with a row cap: the rest is left out, with a warning.
      const html = `<table>${'<tr><td>a</td><td>1</td></tr>'.repeat(200_000)}</table>`;
      await writeFile(join(dir, 'big.xls'), html);
      const read = await readLegacy(join(dir, 'big.xls'), { limits: { rows: 1000 } });
      expect(read.sheets[0]!.rows).toHaveLength(1000);
      expect(read.warnings).toEqual([{ code: 'rowsCut', sheet: 'Sheet1', rows: 1000 }]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('cli import of a list', () => {
  it('a guessed name column (119안전센터명) is confirmed with --map; regions fold to 시도 and unknown ones are reported', async () => {
    const tmp = await tempDir();
    try {
      const csv = tmp.path('119.csv');
      await writeFile(
        csv,
        '순번,시도본부,119안전센터명\r\n1,서울특별시,개포119안전센터\r\n2,경기북부,의정부119안전센터\r\n3,창원시,상남119안전센터\r\n4,중앙본부,항공대\r\n',
      );
      const wb = tmp.path('w.awb');
      await saveProjectFile(wb, await sampleWorkbook());
      const refused = await runCliCaptured('import', csv, '--into', wb, '--as', 'centers', '--json');
      expect(refused.code).toBe(2);
      expect(refused.err).toContain("confirm with --map '119안전센터명=name'");
      const done = await runCliCaptured('import', csv, '--into', wb, '--as', 'centers', '--map', '119안전센터명=name', '--json');
      expect(done.code).toBe(0);
      const report = JSON.parse(done.out);
      expect(report).toMatchObject({ added: 4, unknownRegions: ['중앙본부'] });
      const opened = JSON.parse(readFileSync(wb, 'utf8'));
      const added = opened.workbook.centers.rows.slice(-4);
      expect(added.map((c: { region: string }) => c.region)).toEqual(['서울', '경기', '경남', '중앙본부']);
      expect(added[1].extra).toMatchObject({ '시도본부 (원문)': '경기북부' });
    } finally {
      await tmp.cleanup();
    }
  });
});
