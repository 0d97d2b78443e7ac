/** The CLI imports budget books with the same plan as the dialog: recognised without flags, pairings by --rename or --accept-suggested. */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bookRows, writeBook, YEARS } from '../budget/budget-files';
import { runCliCaptured, tempDir } from './helpers';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (tmp = await tempDir()));
afterEach(() => tmp.cleanup());

const json = <T>(out: string) => JSON.parse(out) as T;
/** `import FILE --into WB --as series` with more flags. */
const importBook = (file: string, wb: string, ...flags: string[]) =>
  runCliCaptured('import', file, '--into', wb, '--as', 'series', ...flags);
type SeriesOut = { series: { name: string; path: string[]; stage: string | null; points: { year: number; value: number | null }[] }[] };

describe('cli import of a budget book', () => {
  it('five yearly downloads with a rename named, a move accepted and a 소관 renamed: one series per 세부사업 and stage, five years each', async () => {
    const wb = tmp.path('book.awb');
    expect((await runCliCaptured('new', '--out', wb)).code).toBe(0);
    const formats = ['utf8', 'cp949', 'xlsx', 'utf8', 'cp949'] as const;
    const files = await Promise.all(
      YEARS.map(async (y, i) => {
        const path = tmp.path(`${y}.${formats[i] === 'xlsx' ? 'xlsx' : 'csv'}`);
        await writeBook(path, y, formats[i]!);
        return path;
      }),
    );
    const run = (file: string, ...flags: string[]) => runCliCaptured('import', file, '--into', wb, '--as', 'series', '--json', ...flags);
    expect((await run(files[0]!)).code).toBe(0);
    expect((await run(files[1]!)).code).toBe(0);
    // 2024 without a pairing would add the renamed item as new: the report says so, and the file is left as it was.
    const before = await readFile(wb);
    const dry = await runCliCaptured('import', files[2]!, '--into', wb, '--as', 'series', '--json', '--out', tmp.path('dry.awb'));
    const report = json<{
      unmatched: { inFile: string[][]; inWorkbook: string[][] };
      suggested: { kind: string; from: string[]; to: string[] }[];
    }>(dry.out);
    expect(report.unmatched.inFile).toEqual([['산업통상자원부', '산업기술지원', '산업기술기반조성', '산업혁신기반구축(AI)']]);
    expect(report.unmatched.inWorkbook).toEqual([['산업통상자원부', '산업기술지원', '산업기술기반조성', '산업혁신기반구축']]);
    expect(report.suggested).toEqual([{ kind: 'rename', from: report.unmatched.inWorkbook[0], to: report.unmatched.inFile[0] }]);
    expect(await readFile(wb)).toEqual(before);
    const named = await run(files[2]!, '--rename', '산업혁신기반구축=산업혁신기반구축(AI)');
    expect(json<{ added: number; updated: number; pairings: unknown[] }>(named.out)).toMatchObject({
      added: 0,
      updated: 10,
      pairings: [{}],
    });
    expect(json<{ added: number }>((await run(files[3]!, '--accept-suggested')).out).added).toBe(0);
    const last = json<{ added: number; undecided: unknown[] }>((await run(files[4]!, '--rename', '산업통상자원부=산업통상부')).out);
    expect(last).toMatchObject({ added: 0, undecided: [{ stage: '국회확정', year: 2026 }] });

    const listed = json<SeriesOut>((await runCliCaptured('series', '--workbook', wb, '--json')).out);
    const items = listed.series.filter((s) => s.path.length === 3);
    expect(items).toHaveLength(10);
    for (const s of items) {
      expect(s.path[0]).toBe('산업통상부');
      expect(s.points.map((p) => p.year)).toEqual(YEARS);
      expect(s.points.at(-1)!.value === null).toBe(s.stage === '국회확정');
    }
    // Groups carry their sums: the 소관's 2026 정부안 is the file's total in 억원.
    const ministry = listed.series.find((s) => s.path.length === 0 && s.stage === '정부안')!;
    const total = bookRows(2026).reduce((sum, r) => sum + r.government, 0) / 100_000;
    expect(ministry.points.at(-1)!.value).toBeCloseTo(total, 6);
  });

  it('flags override what was detected; bad flags exit 2 with one line and leave the workbook as it was', async () => {
    const wb = tmp.path('book.awb');
    await runCliCaptured('new', '--out', wb);
    const file = tmp.path('2024.csv');
    await writeBook(file, 2024, 'utf8');
    const one = await runCliCaptured(
      'import',
      file,
      '--into',
      wb,
      '--as',
      'series',
      '--keys',
      '소관명,세부사업명',
      '--values',
      '정부안금액',
      '--json',
    );
    expect(one.code).toBe(0);
    expect(json<{ stages: string[]; added: number }>(one.out)).toMatchObject({ stages: ['정부안'], added: 5 });
    const before = await readFile(wb);
    for (const flags of [
      ['--keys', '없는열'],
      ['--values', '정부안금액,없는열'],
      ['--year-column', '연도아님'],
      ['--rename', '아무것도=없음'],
      ['--rename', 'no-equals-sign'],
    ]) {
      const bad = await runCliCaptured('import', file, '--into', wb, '--as', 'series', ...flags);
      expect(bad.code, flags.join(' ')).toBe(2);
      expect(bad.err.trim().split('\n')).toHaveLength(1);
    }
    expect(await readFile(wb)).toEqual(before);
  });
});

describe('units from anywhere in the file, whatever sheet is picked', () => {
  const fixture = fileURLToPath(new URL('../fixtures/metadata-unit.xlsx', import.meta.url));

  it('says in its one line what was not decided, dropped, kept once or summed', async () => {
    const wb = tmp.path('book.awb');
    await runCliCaptured('new', '--out', wb);
    // 2023's download has a zero-budget copy of a row; this one also repeats a row with its real amounts.
    const file = tmp.path('2023.csv');
    await writeBook(file, 2023, 'utf8');
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    await writeFile(file, [...lines, lines[2]!].join('\n') + '\n', 'utf8');
    const kept = await importBook(file, wb, '--out', tmp.path('kept.awb'));
    expect(kept.code).toBe(0);
    expect(kept.out).toContain('1 zero-budget duplicate rows dropped');
    expect(kept.out).toContain('1 items with duplicate rows in a year: the first row kept (--sum-duplicates sums them)');
    const summed = await importBook(file, wb, '--sum-duplicates', '--out', tmp.path('summed.awb'));
    expect(summed.out).toContain('1 items with duplicate rows in a year summed');
    const undecided = tmp.path('2026.csv');
    await writeBook(undecided, 2026, 'utf8');
    const early = await importBook(undecided, wb, '--out', tmp.path('early.awb'));
    expect(early.out).toContain('국회확정 2026 not decided yet (no value, not 0)');
  });

  it('inspect and import with --sheet keep the unit only the 메타정보 sheet states (xlsx and old .xls)', async () => {
    // The same book as an old .xls (BIFF8), written by SheetJS from the xlsx's own cells.
    const xls = tmp.path('metadata-unit.xls');
    const book = XLSX.read(await readFile(fixture));
    await writeFile(xls, XLSX.write(book, { bookType: 'biff8', type: 'buffer' }) as Buffer);
    for (const file of [fixture, xls]) {
      const inspected = await runCliCaptured('inspect', file, '--sheet', '데이터', '--json');
      expect(inspected.code, file).toBe(0);
      const report = json<{ tables: { sheet: string; unit: string | null; unitSource: string | null }[] }>(inspected.out);
      expect(report.tables).toEqual([expect.objectContaining({ sheet: '데이터', unit: '천명', unitSource: 'metadata' })]);
      const wb = tmp.path(`units-${file.endsWith('xls') ? 'xls' : 'xlsx'}.awb`);
      await runCliCaptured('new', '--out', wb);
      const imported = await runCliCaptured('import', file, '--into', wb, '--as', 'series', '--sheet', '데이터', '--json');
      expect(imported.code, imported.err).toBe(0);
      const added = json<{ added: { unit: string }[] }>(imported.out).added;
      expect(added.length).toBeGreaterThan(0);
      expect(added.every((a) => a.unit === '천명')).toBe(true);
    }
    // A sheet the file does not have is still named as missing, though its metadata sheet was read.
    const missing = await runCliCaptured('inspect', fixture, '--sheet', '없는시트');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('없는시트');
  });
});
