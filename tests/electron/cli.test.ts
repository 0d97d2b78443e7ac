import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCaptured, SAMPLE_PATH, tempDir } from './helpers';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (tmp = await tempDir()));
afterEach(() => tmp.cleanup());

const cli = runCliCaptured;

describe('cli export', () => {
  it('exports the embedded sample', async () => {
    const out = tmp.path('s.xlsx');
    const r = await cli('export', '--sample', '--out', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('시리즈')!.getCell('G5').value).toBe(2685);
  });

  it('exports a project file in English', async () => {
    const out = tmp.path('e.xlsx');
    const r = await cli('export', '--workbook', SAMPLE_PATH, '--out', out, '--lang', 'en');
    expect(r.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Series', 'Projections', 'Sensitivity', 'Centers']);
  });

  const usage: [string, string[], RegExp][] = [
    ['no command', [], /usage/],
    ['unknown command', ['frobnicate'], /unknown command/],
    ['missing --out', ['export', '--sample'], /--out is required/],
    ['both sources', ['export', '--sample', '--workbook', 'x.awb', '--out', 'o.xlsx'], /exactly one/],
    ['bad language', ['export', '--sample', '--out', 'o.xlsx', '--lang', 'fr'], /--lang/],
    ['unknown flag', ['export', '--sample', '--out', 'o.xlsx', '--colour'], /colour/],
    ['wrong out extension', ['export', '--sample', '--out', 'o.csv'], /\.xlsx/],
  ];
  for (const [name, argv, message] of usage) {
    it(`exits 2 with one line for ${name}`, async () => {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      const text = argv.length === 0 ? r.out : r.err;
      expect(text).toMatch(message);
      if (argv.length) expect(r.err.trim().split('\n')).toHaveLength(1);
    });
  }

  it('exits 2 for a corrupt project and writes nothing', async () => {
    const bad = tmp.path('bad.awb');
    await writeFile(bad, 'garbage');
    const out = tmp.path('o.xlsx');
    const r = await cli('export', '--workbook', bad, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: Not an Analyst Workbook project: the file is not JSON/);
    expect(existsSync(out)).toBe(false);
    expect(await readFile(bad, 'utf8')).toBe('garbage');
  });

  it('brief writes the same briefing and leaves no partial file on failure', async () => {
    const out = tmp.path('b.xlsx');
    expect((await cli('brief', '--sample', '--out', out, '--lang', 'en')).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toContain('Projections');
    const { readdir } = await import('node:fs/promises');
    const r = await cli('brief', '--sample', '--out', tmp.path('missing/b.xlsx'));
    expect(r.code).toBe(2);
    expect(await readdir(tmp.dir)).toEqual(['b.xlsx']);
  });

  it('exits 2 for an unwritable output folder', async () => {
    const r = await cli('export', '--sample', '--out', tmp.path('missing/dir/o.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/could not be written/);
  });

  it('runs as `npm run cli` does (tsx entry, real process, exit code)', async () => {
    const run = promisify(execFile);
    const out = tmp.path('p.xlsx');
    const ok = await run('npx', ['tsx', 'electron/cli.ts', 'export', '--sample', '--out', out]);
    expect(ok.stdout).toContain('wrote');
    expect(existsSync(out)).toBe(true);
    const failed = await run('npx', ['tsx', 'electron/cli.ts', 'export', '--workbook', tmp.path('none.awb'), '--out', out]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(/File not found/);
  });
});

describe('cli project', () => {
  const json = async (...argv: string[]) => {
    const r = await cli('project', '--sample', ...argv, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.out);
  };

  it('repeat 11.5% to 2030 with goal 5,000: rate 16.817%, reached 2032', async () => {
    const out = await json('--method', 'growth', '--rate', '0.115', '--to', '2030', '--target', '5000');
    expect(out).toMatchObject({ series: '예산 총액', unit: '억원', method: 'growth', parameters: { rate: 0.115 } });
    expect(out.points.map((p: { year: number }) => p.year)).toEqual([2027, 2028, 2029, 2030]);
    expect(out.points[0].value).toBeCloseTo(2993.775, 9);
    expect(out.points[3].value).toBeCloseTo(4149.958555678, 8);
    expect(out.goal.target).toBe(5000);
    expect(out.goal.requiredRate).toBeCloseTo(0.16817, 5);
    expect(out.goal.reachedInYear).toBe(2032);
  });

  it('accepts 11.5% and the default rate, and every other method', async () => {
    expect((await json('--method', 'growth', '--rate', '11.5%', '--to', '2027')).points[0].value).toBeCloseTo(2993.775, 9);
    expect((await json('--method', 'growth', '--to', '2027')).parameters.rate).toBe(0.115);
    // Without a window a method reads the whole history (2021–2026); the article's series is 2022–2026.
    expect((await json('--method', 'cagr', '--to', '2030')).parameters.rate).toBeCloseTo((2685 / 1868) ** (1 / 5) - 1, 9);
    expect((await json('--method', 'cagr', '--window', '2022-2026', '--to', '2030')).parameters.rate).toBeCloseTo(0.1355152, 7);
    expect((await json('--method', 'cagr', '--window', '2024-2026', '--to', '2030')).parameters.window).toEqual({ from: 2024, to: 2026 });
    expect((await json('--method', 'average', '--window', '2022-2026', '--to', '2030')).parameters.rate).toBeCloseTo(0.141249, 6);
    const lin = await json('--method', 'linear', '--window', '2022-2026', '--to', '2030', '--target', '5000');
    expect(lin.points.at(-1).value).toBeCloseTo(3664.8, 9);
    expect(lin.goal.requiredSlope).toBeCloseTo((5000 - 2685) / 4, 9);
    expect(lin.goal.reachedInYear).toBe(2036);
    const custom = await json('--method', 'custom', '--rates', '0.1,0.12,8%', '--to', '2029', '--series', '예산 총액');
    expect(custom.points.at(-1).value).toBeCloseTo(2685 * 1.1 * 1.12 * 1.08, 9);
    // Any series of the workbook, by name: the 신규과제 row (280억원 in 2026).
    expect(
      (await json('--method', 'growth', '--rate', '0', '--to', '2028', '--series', '신규과제')).points.map(
        (p: { value: number }) => p.value,
      ),
    ).toEqual([280, 280]);
    expect(custom.points.at(-1).value).toBeCloseTo(2685 * 1.1 * 1.12 * 1.08, 9);
  });

  const bad: [string[], RegExp][] = [
    [['--method', 'magic', '--to', '2030'], /--method must be one of/],
    [['--method', 'growth'], /--to YEAR is required/],
    [['--method', 'growth', '--rate=-1', '--to', '2030'], /above -100%/],
    [['--method', 'growth', '--rate', 'abc', '--to', '2030'], /not a rate/],
    [['--method', 'cagr', '--window', '2026-2026', '--to', '2030'], /at least two years/],
    [['--method', 'cagr', '--window', '2010-2026', '--to', '2030'], /outside the actual years/],
    [['--method', 'growth', '--to', '2025'], /after the last actual year/],
    [['--method', 'custom', '--to', '2030'], /needs --rates/],
    [['--method', 'growth', '--to', '2030', '--target=-5'], /not a positive number/],
    [['--method', 'growth', '--to', '2030', '--series', 'nope'], /no series 'nope'/],
  ];
  for (const [argv, message] of bad) {
    it(`exits 2 with one line for ${argv.join(' ')}`, async () => {
      const r = await cli('project', '--sample', ...argv, '--json');
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(message);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    });
  }
});
