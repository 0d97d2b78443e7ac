/** `formula` and `project --scenario` from the command line: derived series added, changed, listed and projected; bad expressions exit 2 with one line. */
import { copyFile, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured as cli, SAMPLE_PATH, tempDir } from './helpers';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let wb: string;
beforeAll(async () => {
  tmp = await tempDir();
  wb = tmp.path('w.awb');
  await copyFile(SAMPLE_PATH, wb);
});
afterAll(() => tmp.cleanup());

const seriesOf = async (file: string) =>
  JSON.parse((await cli('series', '--workbook', file, '--json')).out).series as {
    name: string;
    unit: string;
    formula?: string;
    points: { year: number; value: number | null; reason?: string }[];
  }[];

describe('cli formula', () => {
  it('adds a difference, lists it with its formula and computed points, and changes it in place', async () => {
    const r = await cli('formula', '--workbook', wb, '--name', '신규 외 예산', '--expr', '=[예산 총액] - [신규과제]');
    expect(r).toMatchObject({ code: 0, err: '' });
    let s = (await seriesOf(wb)).find((x) => x.name === '신규 외 예산')!;
    expect(s.formula).toBe('=[예산 총액] - [신규과제]');
    expect(s.unit).toBe('억원');
    expect(s.points.find((p) => p.year === 2026)!.value).toBe(2685 - 280);
    expect(s.points.find((p) => p.year === 2023)).toEqual({ year: 2023, value: null, reason: '[신규과제] has no value in 2023.' });
    await cli('formula', '--workbook', wb, '--name', '신규 외 예산', '--expr', '=[예산 총액] - [신규과제] * 2');
    s = (await seriesOf(wb)).find((x) => x.name === '신규 외 예산')!;
    expect(s.points.find((p) => p.year === 2026)!.value).toBe(2685 - 560);
  });

  it('projects a derived series through its inputs’ scenarios: the sample’s share when 신규과제 stays at 280', async () => {
    const r = await cli(
      'project',
      '--workbook',
      wb,
      '--series',
      '신규과제 비중',
      '--scenario',
      '반복 성장 11.5%',
      '--to',
      '2030',
      '--json',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.scope).toBe('inputs');
    // 예산 총액 by its scenario 반복 성장 11.5%; 신규과제 (no scenario of that name) by its baseline, 신규 280억원 유지.
    expect(out.points.at(-1)).toEqual({ year: 2030, value: expect.closeTo((280 / (2685 * 1.115 ** 4)) * 100, 10) });
  });

  it('refuses bad expressions, unknown names, loops and unit clashes with one line and exit 2, leaving the file as it was', async () => {
    const before = await readFile(wb, 'utf8');
    const cases: [string, RegExp][] = [
      ['=[예산 총액] +* 2', /^error: --expr: The formula cannot be read near character \d+\.$/],
      ['=[예산] / 2', /^error: --expr: There is no series \[예산\]/],
      ['=[신규 외 예산] + 1', /^error: --expr: The formula refers to itself: \[신규 외 예산\] → \[신규 외 예산\]$/],
      ['=[예산 총액] + [연구기반센터 수]', /^error: --expr: Values in different units cannot be added or subtracted: 억원 and 개$/],
      ['=constructor.prototype', /^error: --expr: /],
    ];
    for (const [expr, message] of cases) {
      const r = await cli('formula', '--workbook', wb, '--name', '신규 외 예산', '--expr', expr);
      expect(r.code, expr).toBe(2);
      expect(r.err.trimEnd(), expr).toMatch(message);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    expect(await readFile(wb, 'utf8')).toBe(before);
    expect((await cli('formula', '--workbook', wb, '--name', '예산 총액', '--expr', '=1')).err).toMatch(/is a series of values/);
  });
});
