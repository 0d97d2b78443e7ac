/**
 * A table imported as series: importing it again updates the same series (never duplicates them), rows that
 * are totals of others are not ticked at first, and "totals as groups" puts each row under the total that
 * actually sums it (a 시도's 계, not the national one), with totals that cross others kept as plain series.
 */
import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeriesChoices, planSeriesImport, seriesCandidates, type SeriesImportOptions } from '../../core/import/series-import';
import { mismatches } from '../../core/series-table';
import type { Workbook } from '../../core/types';
import { blankWorkbook } from '../../core/workbook-diff';
import { applyEdit } from '../../core/workbook-edits';
import { chooseSheet, toImportTable } from '../../electron/handlers/import/inspect';
import { loadSpreadsheet } from '../../electron/handlers/import/load-spreadsheet';
import { runCliCaptured, tempDir } from '../electron/helpers';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let file = '';
beforeAll(async () => {
  tmp = await tempDir();
  // KOSIS's layout: 시도 written once per block, 계 rows per 시도 and for the nation, and 계 · 남자 / 계 · 여자 across them.
  const book = new ExcelJS.Workbook();
  const s = book.addWorksheet('데이터');
  s.addRow(['시도별 경제활동인구']);
  s.addRow(['(단위: 천명)']);
  s.addRow(['시도별', '성별', '2022', '2023', '2024']);
  s.addRow(['전국', '계', 11051, 11076, 11092]);
  s.addRow(['', '남자', 5721, 5725, 5726]);
  s.addRow(['', '여자', 5330, 5351, 5366]);
  s.addRow(['서울특별시', '계', 5301, 5332, 5355]);
  s.addRow(['', '남자', 2801, 2810, 2815]);
  s.addRow(['', '여자', 2500, 2522, 2540]);
  s.addRow(['부산광역시', '계', 1750, 1744, 1737]);
  s.addRow(['', '남자', 920, 915, 911]);
  s.addRow(['', '여자', 830, 829, 826]);
  s.addRow(['대구광역시', '계', 4000, 4000, 4000]);
  s.addRow(['', '남자', 2000, 2000, 2000]);
  s.addRow(['', '여자', 2000, 2000, 2000]);
  file = tmp.path('kosis-population.xlsx');
  await book.xlsx.writeFile(file);
});
afterAll(() => tmp.cleanup());

const tableOf = async () => toImportTable(chooseSheet(await loadSpreadsheet(file), {}).table);
const options = (table: Awaited<ReturnType<typeof tableOf>>, wb: Workbook, totalsAsParent = false): SeriesImportOptions => ({
  file: 'kosis-population.xlsx',
  sheet: '데이터',
  unit: table.unit,
  choices: defaultSeriesChoices(table, wb.series),
  parentId: null,
  totalsAsParent,
  overrideUnits: false,
  defaultUnit: '억원',
});

describe('a table imported as series', () => {
  it('ticks the rows that are not totals of others, and says so by their labels', async () => {
    const table = await tableOf();
    const candidates = seriesCandidates(table);
    const ticked = [...defaultSeriesChoices(table).keys()].map((i) => candidates[i]!.label);
    expect(ticked).toEqual([
      '서울특별시 · 남자',
      '서울특별시 · 여자',
      '부산광역시 · 남자',
      '부산광역시 · 여자',
      '대구광역시 · 남자',
      '대구광역시 · 여자',
    ]);
    // The totals rows are there to choose, too.
    expect(candidates.map((c) => c.label)).toContain('서울특별시 · 계');
    expect(candidates.map((c) => c.label)).toContain('전국 · 계');
  });

  it('imported twice: the second import updates the same series and changes nothing', async () => {
    const table = await tableOf();
    const first = planSeriesImport(blankWorkbook('w'), table, options(table, blankWorkbook('w')));
    if (!first.ok) throw new Error('plan');
    const wb = applyEdit(blankWorkbook('w'), first.edit);
    expect(wb.series).toHaveLength(6);
    const again = planSeriesImport(wb, table, options(table, wb));
    if (!again.ok) throw new Error('plan');
    expect({ added: again.added.length, updated: again.updated.length }).toEqual({ added: 0, updated: 6 });
    expect(again.updated.every((u) => u.changes!.length === 0)).toBe(true);
    expect(applyEdit(wb, again.edit).series).toEqual(wb.series);
  });

  it('totals as groups: each row under the total that sums it, nested totals nested, crossing totals plain; no false ⚠', async () => {
    const table = await tableOf();
    const wb0 = blankWorkbook('w');
    const plan = planSeriesImport(wb0, table, options(table, wb0, true));
    if (!plan.ok) throw new Error('plan');
    const wb = applyEdit(wb0, plan.edit);
    const parentOf = (name: string) => {
      const s = wb.series.find((x) => x.name === name)!;
      return wb.series.find((x) => x.id === s.parentId)?.name ?? null;
    };
    expect(parentOf('서울특별시 · 남자')).toBe('서울특별시 · 계');
    expect(parentOf('부산광역시 · 여자')).toBe('부산광역시 · 계');
    expect(parentOf('서울특별시 · 계')).toBe('전국 · 계');
    expect(parentOf('전국 · 계')).toBeNull();
    // 전국 · 남자 sums every 시도's 남자 (it crosses the 시도 blocks): not a group, and not imported unless ticked.
    expect(wb.series.some((s) => s.name === '전국 · 남자')).toBe(false);
    for (const s of wb.series) expect({ name: s.name, mismatches: mismatches(wb.series, s.id) }).toEqual({ name: s.name, mismatches: [] });
    // Again: the groups and rows are found by name and updated, nothing is added.
    const again = planSeriesImport(wb, table, options(table, wb, true));
    if (!again.ok) throw new Error('plan');
    expect(again.added).toEqual([]);
    expect(applyEdit(wb, again.edit).series).toEqual(wb.series);
  });

  it('the CLI imports it twice without duplicating, and puts rows under their totals with --totals-as-groups', async () => {
    const w = tmp.path('w.awb');
    await runCliCaptured('new', '--out', w);
    const first = JSON.parse((await runCliCaptured('import', file, '--into', w, '--as', 'series', '--json')).out);
    expect(first.added).toHaveLength(6);
    const second = JSON.parse((await runCliCaptured('import', file, '--into', w, '--as', 'series', '--json')).out);
    expect({ added: second.added.length, updated: second.updated.length }).toEqual({ added: 0, updated: 6 });
    const g = tmp.path('g.awb');
    await runCliCaptured('new', '--out', g);
    const grouped = JSON.parse((await runCliCaptured('import', file, '--into', g, '--as', 'series', '--totals-as-groups', '--json')).out);
    expect(grouped.added.find((s: { name: string }) => s.name === '서울특별시 · 남자').parent).toBe('서울특별시 · 계');
  });
});

describe('a table of one period', () => {
  it('a part-year period ("2025.10월 누계 기준/잠정") goes into the year, with the period kept on each point; a whole year says nothing more', async () => {
    const partial = tmp.path('수출-누계.csv');
    await writeFile(partial, '시도별 수출 실적\n(2025.10월 누계 기준/잠정)\n(단위: 억원)\n구분,금액\n서울,100\n부산,50\n');
    const table = toImportTable(chooseSheet(await loadSpreadsheet(partial), {}).table);
    expect({ year: table.snapshotYear, period: table.snapshotPeriod }).toEqual({ year: 2025, period: '2025.10월 누계 기준/잠정' });
    const wb0 = blankWorkbook('w');
    const plan = planSeriesImport(wb0, table, { ...options(table, wb0), defaultUnit: '억원' });
    if (!plan.ok) throw new Error('plan');
    expect(plan.added.map((s) => s.points)).toEqual([
      [
        {
          year: 2025,
          value: 100,
          note: '2025.10월 누계 기준/잠정',
          source: expect.objectContaining({ period: '2025.10월 누계 기준/잠정' }),
        },
      ],
      [
        {
          year: 2025,
          value: 50,
          note: '2025.10월 누계 기준/잠정',
          source: expect.objectContaining({ period: '2025.10월 누계 기준/잠정' }),
        },
      ],
    ]);
    const whole = tmp.path('수출-연간.csv');
    await writeFile(whole, '시도별 수출 실적 (2024년)\n(단위: 억원)\n구분,금액\n서울,100\n부산,50\n');
    const year = toImportTable(chooseSheet(await loadSpreadsheet(whole), {}).table);
    expect({ year: year.snapshotYear, period: year.snapshotPeriod }).toEqual({ year: 2024, period: null });
  });
});
