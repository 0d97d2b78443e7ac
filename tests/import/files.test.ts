/** The importer on real files: the project's look-alike fixtures, bad inputs, and the CLI's inspect. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { inspectLoaded } from '../../electron/handlers/import/inspect';
import { loadSpreadsheet } from '../../electron/handlers/import/load-spreadsheet';
import { runCliCaptured } from '../electron/helpers';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const inspect = async (name: string, options: Parameters<typeof loadSpreadsheet>[1] = {}) =>
  inspectLoaded(await loadSpreadsheet(fixture(name), options), { limit: 50 });
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

const cli = runCliCaptured;

describe('look-alike fixtures', () => {
  it('a budget xlsx with title, unit note, years in every notation, totals and footnotes', async () => {
    const r = await inspect('series-years-in-columns.xlsx');
    const [t] = r.tables;
    expect(t).toMatchObject({ sheet: '예산', headerRow: 5, firstDataRow: 6, unit: '백만원', kind: 'series', rowCount: 2 });
    expect(t!.columns.map((c) => c.name)).toEqual(['구분', '2022년', '2023년', "'24", '`25', 'FY2026']);
    expect(t!.rows).toEqual([
      ['기반구축', 161500, 196900, 191000, 240800, 268500],
      ['신규과제', 12000, -3000, 8000, 16000, 28000],
    ]);
    expect(t!.totals).toEqual([{ row: 8, label: '합계', checked: true, mismatches: [] }]);
  });

  it('a center list with a two-row merged header, a wrong total and an unparsable cell', async () => {
    const [t] = (await inspect('centers-merged-header.xlsx')).tables;
    expect(t).toMatchObject({ headerRow: 4, firstDataRow: 5, kind: 'list', rowCount: 4 });
    expect(t!.columns.map((c) => [c.name, c.field])).toEqual([
      ['기본정보 · 센터명', 'name'],
      ['기본정보 · 운영기관', 'institution'],
      ['위치', 'region'],
      ['장비 수', 'equipment'],
      ['장비 · 구축연도', 'established'],
      ['비고', null],
    ]);
    expect(t!.rows[1]).toEqual(['반도체 신뢰성센터', '한국산업기술시험원', '경기', 41, 2019, null]);
    expect(t!.rows[2]![3]).toBeNull();
    // The total (80) differs from the rows' 75, but two rows have no figure: that check cannot be made, so no warning.
    expect(t!.totals).toEqual([{ row: 9, label: '계', checked: false, mismatches: [] }]);
    expect(t!.warningCodes).toEqual([{ code: 'notNumber', cell: 'D8', text: 'n/a?' }]);
    expect(t!.warnings).toEqual(['D8: “n/a?”는 숫자가 아닙니다.']);
  });

  it('the same list as CP949, UTF-8 with BOM and UTF-16LE text: same values, encoding reported', async () => {
    const expected = [
      ['AI 제조공정 실증센터', '한국생산기술연구원', '충남', 'AI·제조', 2021, 34],
      ['첨단소재 분석지원센터', '한국세라믹기술원', '경남', '소재', 2015, 1056],
      ['서울 AI 자율실험실', '한국과학기술연구원', '서울', 'AI·제조', 2025, 9],
    ];
    for (const [file, encoding] of [
      ['centers-cp949.csv', 'cp949'],
      ['centers-utf8-bom.csv', 'utf-8'],
      ['centers-utf16.txt', 'utf-16le'],
    ] as const) {
      const r = await inspect(file);
      expect(r.encoding, file).toBe(encoding);
      expect(r.tables[0]!.rows, file).toEqual(expected);
      expect(
        r.tables[0]!.columns.map((c) => c.field),
        file,
      ).toEqual(['name', 'institution', 'region', 'field', 'established', 'equipment']);
    }
    // Forcing the wrong encoding garbles the text (the preview shows it), and never throws.
    const wrong = await inspect('centers-cp949.csv', { encoding: 'utf-8' });
    expect(JSON.stringify(wrong)).not.toContain('실증센터');
  });

  it('a file mixing UTF-8 and CP949 lines is decoded line by line, with a warning', async () => {
    const r = await inspect('mixed-encoding.csv');
    expect(r.tables[0]!.rows.map((row) => row[0])).toEqual(['AI 제조공정 실증센터', '첨단소재 분석지원센터', '서울 AI 자율실험실']);
    expect(r.warnings[0]).toBe('인코딩이 섞인 파일입니다: 1줄은 UTF-8, 나머지는 CP949로 읽었습니다.');
  });

  it('years in rows from CSV with △ and a source line below', async () => {
    const [t] = (await inspect('series-years-in-rows.csv')).tables;
    expect(t).toMatchObject({ kind: 'series', unit: '억원', rowCount: 5 });
    expect(t!.rows.map((r) => r.slice(0, 3))).toEqual([
      [2022, 1615, null],
      [2023, 1969, 354],
      [2024, 1910, -59],
      [2025, 2408, 498],
      [2026, 2685, 277],
    ]);
  });

  it('an xlsx written by LibreOffice, and a sheet with 1,000 empty columns', async () => {
    const [lo] = (await inspect('libreoffice-budget.xlsx')).tables;
    expect(lo).toMatchObject({ headerRow: 3, unit: '억원', kind: 'series' });
    expect(lo!.rows).toEqual([['예산', 1615, 1969, 1910, 2408, 2685]]);
    const [wide] = (await inspect('wide-1000-columns.xlsx')).tables;
    expect(wide!.columns.map((c) => c.name)).toEqual(['센터명', '지역', '장비 수']);
  });
});

describe('bad input: a clear message, never a crash, never a changed file', () => {
  const cases: [string, string][] = [
    ['truncated.xlsx', 'import.corrupt'],
    ['random-bytes.xlsx', 'import.unsupported'],
    ['encrypted.xlsx', 'import.encrypted'],
    ['damaged.xls', 'import.corrupt'],
    ['document.hwp', 'import.corrupt'],
    ['empty.csv', 'file.empty'],
  ];
  for (const [file, code] of cases) {
    it(`${file} → ${code}`, async () => {
      const before = hash(fixture(file));
      const error = await loadSpreadsheet(fixture(file)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(code);
      expect(hash(fixture(file))).toBe(before);
      const r = await cli('inspect', fixture(file), '--json');
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
    });
  }
});

describe('cli inspect', () => {
  it('prints the report as JSON with --limit and --sheet', async () => {
    const r = await cli('inspect', fixture('series-years-in-columns.xlsx'), '--sheet', '예산', '--limit', '1', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ file: 'series-years-in-columns.xlsx', format: 'xlsx', encoding: null });
    expect(report.tables[0]).toMatchObject({ sheet: '예산', headerRow: 5, firstDataRow: 6, unit: '백만원', kind: 'series', rowCount: 2 });
    expect(report.tables[0].columns[1]).toMatchObject({ name: '2022년', field: null, type: 'number', unit: '백만원', unitSource: 'note' });
    expect(report.tables[0].rows).toHaveLength(1);
  });

  it('exits 2 with one line for bad arguments', async () => {
    for (const argv of [
      ['inspect'],
      ['inspect', 'a', 'b'],
      ['inspect', fixture('centers-cp949.csv'), '--limit', 'x'],
      ['inspect', fixture('centers-cp949.csv'), '--encoding', 'latin1'],
      ['inspect', fixture('series-years-in-columns.xlsx'), '--sheet', '없음'],
      ['inspect', fixture('nope.csv')],
    ]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  });
});

describe('long imports', () => {
  it('report progress up to 1 and can be cancelled', async () => {
    const fractions: number[] = [];
    await loadSpreadsheet(fixture('series-years-in-columns.xlsx'), { onProgress: (f) => fractions.push(f) });
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    const controller = new AbortController();
    controller.abort();
    const error = await loadSpreadsheet(fixture('series-years-in-columns.xlsx'), { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('import.cancelled');
  });
});

describe('huge files', () => {
  it('refuses an import or a project over the size limit before reading it', async () => {
    const { mkdtemp, open, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(`${tmpdir()}/aw-huge-`);
    try {
      // Sparse files: the size is there without writing the bytes.
      for (const [name, size] of [
        ['huge.csv', 600 * 1024 * 1024],
        ['huge.awb', 600 * 1024 * 1024],
      ] as const) {
        const handle = await open(`${dir}/${name}`, 'w');
        await handle.truncate(size);
        await handle.close();
      }
      expect(await loadSpreadsheet(`${dir}/huge.csv`).catch((e: AppError) => e.code)).toBe('file.tooLarge');
      const { openProjectFile } = await import('../../electron/handlers/project-files');
      expect(await openProjectFile(`${dir}/huge.awb`).catch((e: AppError) => e.code)).toBe('file.tooLarge');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
