import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { SAMPLE_PATH, tempDir } from './helpers';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (tmp = await tempDir()));
afterEach(() => tmp.cleanup());

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), samplePath: SAMPLE_PATH });
  return { code, out, err };
}

describe('cli export', () => {
  it('exports the embedded sample', async () => {
    const out = tmp.path('s.xlsx');
    const r = await cli('export', '--sample', '--out', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('예산 추이')!.getCell(6, 3).value).toBe(2685);
  });

  it('exports a project file in English', async () => {
    const out = tmp.path('e.xlsx');
    const r = await cli('export', '--workbook', SAMPLE_PATH, '--out', out, '--lang', 'en');
    expect(r.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Budget series', 'Centers']);
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
    const failed = await run('npx', ['tsx', 'electron/cli.ts', 'export', '--workbook', tmp.path('none.awb'), '--out', out]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(/File not found/);
  }, 30_000);
});
