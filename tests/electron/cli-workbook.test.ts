/** `new`, `import` and `series` on the command line, on look-alike agency files made here. */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCaptured, tempDir } from './helpers';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (tmp = await tempDir()));
afterEach(() => tmp.cleanup());
const cli = runCliCaptured;

/** A KOSIS-style sheet: title, unit note in 천명, years as text, a group label only on the first row of its block, a national total first. */
async function kosisPopulation(path: string) {
  const book = new ExcelJS.Workbook();
  const s = book.addWorksheet('데이터');
  s.addRow(['시도별 경제활동인구']);
  s.addRow(['(단위: 천명)']);
  s.addRow(['시도별', '성별', '2022', '2023', '2024']);
  s.addRow(['전국', '계', 28922, 29203, 29459]);
  s.addRow(['서울특별시', '남자', 2801, 2810, 2815]);
  s.addRow(['', '여자', 2500, 2522, 2540]);
  s.addRow(['부산광역시', '남자', 920, 915, 911]);
  s.addRow(['', '여자', 830, 829, 826]);
  await book.xlsx.writeFile(path);
}

/** A ministry CSV in CP949, amounts in 백만원. */
async function ministryCsv(path: string) {
  const text = ['(단위: 백만원)', '구분,2024,2025,2026', '신규과제,72000,24000,28000', '계속과제,119000,216800,', ''].join('\r\n');
  await writeFile(path, iconv.encode(text, 'cp949'));
}

const json = async (...argv: string[]) => {
  const r = await cli(...argv, '--json');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
};

describe('cli new / import / series', () => {
  it('new writes a blank workbook with a title and unit, and never replaces a file unasked', async () => {
    const w = tmp.path('w.awb');
    expect((await cli('new', '--out', w, '--title', '인력 검토', '--unit', '천명')).code).toBe(0);
    const saved = JSON.parse(await readFile(w, 'utf8')).workbook;
    expect(saved).toMatchObject({ title: '인력 검토', defaultUnit: '천명', series: [], scenarios: [] });
    const again = await cli('new', '--out', w);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/exists/);
    expect((await cli('new', '--out', w, '--force')).code).toBe(0);
  });

  it('imports a KOSIS table as series in its own unit, group labels kept; series prints them', async () => {
    const w = tmp.path('w.awb');
    const file = tmp.path('kosis.xlsx');
    await kosisPopulation(file);
    await cli('new', '--out', w);
    const out = await json('import', file, '--into', w, '--as', 'series');
    expect(out.added.map((s: { name: string }) => s.name)).toEqual([
      '서울특별시 · 남자',
      '서울특별시 · 여자',
      '부산광역시 · 남자',
      '부산광역시 · 여자',
    ]);
    expect(out.added[1]).toEqual({
      name: '서울특별시 · 여자',
      unit: '천명',
      parent: null,
      points: [
        { year: 2022, value: 2500 },
        { year: 2023, value: 2522 },
        { year: 2024, value: 2540 },
      ],
    });
    const listed = await json('series', '--workbook', w);
    expect(listed.series.map((s: { unit: string }) => s.unit)).toEqual(['천명', '천명', '천명', '천명']);
  });

  it('imports rows under a parent, which then shows their sums', async () => {
    const w = tmp.path('w.awb');
    const file = tmp.path('kosis.xlsx');
    await kosisPopulation(file);
    await cli('new', '--out', w);
    await json('import', file, '--into', w, '--as', 'series', '--rows', '서울특별시 · 남자');
    const into = await json(
      'import',
      file,
      '--into',
      w,
      '--as',
      'series',
      '--rows',
      '서울특별시 · 여자,부산광역시 · 여자',
      '--parent',
      '서울특별시 · 남자',
    );
    expect(into.added.map((s: { parent: string }) => s.parent)).toEqual(['서울특별시 · 남자', '서울특별시 · 남자']);
    const { series } = await json('series', '--workbook', w);
    // The parent's entered values stay; where its children have values the sum is reported beside them.
    expect(series[0].points[0]).toEqual({ year: 2022, value: 2801, entered: 2801, childSum: 2500 + 830, mismatch: true });
  });

  it('updates an existing 억원 series from a CP949 CSV in 백만원 (÷ 100), and refuses a unit of another kind', async () => {
    const w = tmp.path('w.awb');
    const csv = tmp.path('ministry.csv');
    const kosis = tmp.path('kosis.xlsx');
    await ministryCsv(csv);
    await kosisPopulation(kosis);
    await cli('new', '--out', w);
    const created = await json('import', csv, '--into', w, '--as', 'series', '--rows', '신규과제');
    expect(created.added[0]).toMatchObject({ name: '신규과제', unit: '백만원' });
    // A series in 억원 to update: made by hand in the file.
    const wb = JSON.parse(await readFile(w, 'utf8'));
    wb.workbook.series.push({
      id: 'eok',
      name: '신규(억원)',
      unit: '억원',
      parentId: null,
      note: '',
      baselineScenarioId: null,
      points: [{ year: 2024, value: 700, note: '' }],
    });
    await writeFile(w, JSON.stringify(wb));
    const updated = await json('import', csv, '--into', w, '--as', 'series', '--rows', '신규과제', '--into-series', '신규(억원)');
    expect(updated.updated[0].points).toEqual([
      { year: 2024, value: 720 },
      { year: 2025, value: 240 },
      { year: 2026, value: 280 },
    ]);

    const before = await readFile(w);
    const mtime = (await stat(w)).mtimeMs;
    const refused = await cli('import', kosis, '--into', w, '--as', 'series', '--rows', '서울특별시 · 남자', '--into-series', '신규(억원)');
    expect(refused.code).toBe(2);
    expect(refused.err.trim().split('\n')).toHaveLength(1);
    expect(refused.err).toMatch(/천명 cannot go into '신규\(억원\)' \(억원\)/);
    expect((await readFile(w)).equals(before)).toBe(true);
    expect((await stat(w)).mtimeMs).toBe(mtime);
    expect(
      (
        await cli(
          'import',
          kosis,
          '--into',
          w,
          '--as',
          'series',
          '--rows',
          '서울특별시 · 남자',
          '--into-series',
          '신규(억원)',
          '--allow-unit-mismatch',
        )
      ).code,
    ).toBe(0);
  });

  it('imports a center list with a mapping, keeping rows not in the file unless asked', async () => {
    const w = tmp.path('w.awb');
    const csv = tmp.path('centers.csv');
    await writeFile(csv, '\ufeff명칭,주관,시도\nA센터,가기관,서울특별시\nB센터,나기관,경기도\n');
    await cli('new', '--out', w);
    const first = await json('import', csv, '--into', w, '--as', 'centers', '--map', '주관=institution');
    expect(first).toMatchObject({ added: 2, removed: 0, mapping: { 명칭: 'name', 주관: 'institution', 시도: 'region' } });
    await writeFile(csv, '\ufeff명칭,주관,시도\nA센터,가기관,서울특별시\n');
    expect(await json('import', csv, '--into', w, '--as', 'centers', '--map', '주관=institution')).toMatchObject({
      added: 0,
      removed: 0,
      unchanged: 1,
    });
    expect(await json('import', csv, '--into', w, '--as', 'centers', '--map', '주관=institution', '--remove-missing')).toMatchObject({
      removed: 1,
    });
    const bad = await cli('import', csv, '--into', w, '--as', 'centers', '--map', '없는열=name');
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.err).toMatch(/no column '없는열'/);
  });

  it('projects and briefs any series of the workbook', async () => {
    const w = tmp.path('w.awb');
    const file = tmp.path('kosis.xlsx');
    await kosisPopulation(file);
    await cli('new', '--out', w);
    await json('import', file, '--into', w, '--as', 'series');
    const p = await json('project', '--workbook', w, '--series', '부산광역시 · 여자', '--method', 'growth', '--rate', '0', '--to', '2026');
    expect(p).toMatchObject({
      series: '부산광역시 · 여자',
      unit: '천명',
      points: [
        { year: 2025, value: 826 },
        { year: 2026, value: 826 },
      ],
    });
    expect((await cli('brief', '--workbook', w, '--out', tmp.path('b.xlsx'))).code).toBe(0);
    const bad = await cli('project', '--workbook', w, '--series', '대구', '--method', 'growth', '--to', '2030');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/no series '대구'/);
  });
});
