import { LIMITS } from '../../core/limits';
import { describe, expect, it } from 'vitest';
import { planCenterWrites } from '../../core/sheet/center-writes';
import { pasteWrites } from '../../core/sheet/range';
import { planDetailWrites, planSeriesTableWrites } from '../../core/sheet/series-writes';
import { planEdit, type SheetPlan } from '../../core/sheet/sheet-plan';
import { seriesTable } from '../../core/series-table';
import { applyEdit } from '../../core/workbook-edits';
import { blankWorkbook } from '../../core/workbook-diff';
import type { Workbook } from '../../core/types';
import { sampleWorkbookSync } from '../electron/helpers';

const apply = (wb: Workbook, plan: SheetPlan): Workbook => {
  const edit = planEdit(plan);
  return edit ? applyEdit(wb, edit) : wb;
};
const valueOf = (wb: Workbook, id: string, year: number) => wb.series.find((s) => s.id === id)?.points.find((p) => p.year === year)?.value;

describe('writing into the series table', () => {
  const wb = sampleWorkbookSync();
  const table = seriesTable(wb.series);
  const view = { rowIds: table.rows.map((r) => r.series.id), colIds: ['name', ...table.years.map(String), 'unit', 'note'] };
  const col = (id: string) => view.colIds.indexOf(id);
  const row = (id: string) => view.rowIds.indexOf(id);
  const options = { growYears: true, newSeriesName: '새 시리즈', defaultUnit: '억원' };
  // With nothing entered for 2024, the group shows its children's sum there.
  const summed = applyEdit(wb, { kind: 'setPointValue', seriesId: 'budget', year: 2024, value: null });

  it('reads every notation the importer reads, in the row’s unit, as one step', () => {
    const writes = pasteWrites({ top: row('new'), left: col('2024'), bottom: row('new'), right: col('2024') }, [
      ['2,700억', '0.03조', '(120)'],
    ]);
    const plan = planSeriesTableWrites(wb, view, writes, options);
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((c) => [c.where.colId, c.before, c.after])).toEqual([
      ['2024', 720, 2700],
      ['2025', 240, 300],
      ['2026', 280, -120],
    ]);
    expect(planEdit(plan)?.kind).toBe('batch');
    const after = apply(wb, plan);
    expect(valueOf(after, 'new', 2025)).toBe(300);
  });

  it('refuses what it cannot read, says why, and leaves those cells alone', () => {
    const writes = [
      { row: row('new-projects'), col: col('2026'), text: '2,700억' },
      { row: row('new-projects'), col: col('2025'), text: '많음' },
      { row: row('budget'), col: col('2024'), text: '1' },
      { row: row('new-projects'), col: col('2024'), text: '30' },
    ];
    const plan = planSeriesTableWrites(summed, view, writes, options);
    expect(plan.problems.map((p) => [p.where.row, p.where.colId, p.problem.code])).toEqual([
      ['신규과제 수', '2026', 'unitMismatch'],
      ['신규과제 수', '2025', 'notNumber'],
    ]);
    // 2024 of the group was its children's sum; a typed total is kept (and flagged where it differs).
    expect(plan.changes).toHaveLength(2);
  });

  it('a unit pasted with the values applies to them; an empty name is refused', () => {
    const r = row('centers');
    const plan = planSeriesTableWrites(
      wb,
      view,
      [
        { row: r, col: col('unit'), text: '억원' },
        { row: r, col: col('2022'), text: '0.1조' },
        { row: r, col: col('name'), text: '  ' },
      ],
      options,
    );
    expect(plan.changes.map((c) => [c.where.colId, c.after])).toEqual([
      ['unit', '억원'],
      ['2022', 1000],
    ]);
    expect(plan.problems.map((p) => p.problem.code)).toEqual(['emptyName']);
  });

  it('rows past the end become new series; columns past the last year become new years', () => {
    const last = view.rowIds.length;
    const writes = pasteWrites({ top: last, left: col('name'), bottom: last, right: col('name') }, [
      ['AI 인프라', '10', '20'],
      ['', '', ''],
    ]);
    const plan = planSeriesTableWrites(wb, view, writes, options);
    expect(plan.added.rows).toBe(1);
    const after = apply(wb, plan);
    const added = after.series.find((s) => s.name === 'AI 인프라')!;
    expect(added.unit).toBe('억원');
    expect(added.points.map((p) => [p.year, p.value])).toEqual([
      [2021, 10],
      [2022, 20],
    ]);

    const wide = pasteWrites({ top: row('new'), left: col('2025'), bottom: row('new'), right: col('2025') }, [
      ['240', '280', '300', '320'],
    ]);
    const grown = planSeriesTableWrites(wb, view, wide, options);
    expect(grown.problems).toEqual([]);
    expect(grown.added.years).toBe(2);
    const after2 = apply(wb, grown);
    expect(valueOf(after2, 'new', 2027)).toBe(300);
    expect(valueOf(after2, 'new', 2028)).toBe(320);
    // A fill (not a paste) never turns the unit column into a year.
    const fill = planSeriesTableWrites(wb, view, [{ row: row('new'), col: col('unit'), text: '백만원' }], { ...options, growYears: false });
    expect(fill.changes.map((c) => c.where.colId)).toEqual(['unit']);
  });

  it('clearing cells sets them empty; unchanged cells are not edits', () => {
    const plan = planSeriesTableWrites(
      wb,
      view,
      [
        { row: row('new'), col: col('2026'), text: '' },
        { row: row('new'), col: col('2025'), text: '240' },
      ],
      options,
    );
    expect(plan.changes.map((c) => [c.where.colId, c.after])).toEqual([['2026', null]]);
  });

  it('refuses the whole paste when it would add more series than a workbook holds', () => {
    const many = Array.from({ length: LIMITS.series + 1 }, (_, i) => ({ row: view.rowIds.length + i, col: col('name'), text: `s${i}` }));
    const plan = planSeriesTableWrites(wb, view, many, options);
    expect(plan.edits).toEqual([]);
    expect(plan.problems[0]?.problem).toMatchObject({ code: 'edit', problem: { code: 'tooMany', what: 'series' } });
  });
});

describe('writing into a series’ detail grid', () => {
  const wb = sampleWorkbookSync();
  const colIds = ['year', 'kind', 'value', 'change', 'note'];

  it('types a column of numbers down the years and past the last one (new years, gaps filled as empty years)', () => {
    const years = [2022, 2024, 2025, 2026, 2027, 2028];
    const view = { seriesId: 'new', years, colIds, firstYear: 2026 };
    const writes = pasteWrites({ top: 3, left: 2, bottom: 3, right: 2 }, [['300'], ['-'], ['330'], ['350']]);
    const plan = planDetailWrites(wb, view, writes);
    expect(plan.problems).toEqual([]);
    expect(plan.added.years).toBe(2);
    const after = apply(wb, plan);
    expect(after.series.find((s) => s.id === 'new')!.points.map((p) => [p.year, p.value])).toEqual([
      [2022, 482],
      [2024, 720],
      [2025, 240],
      [2026, 300],
      [2027, null],
      [2028, 330],
      [2029, 350],
    ]);
  });

  it('fills skipped years as empty years, and refuses a group’s summed years and the read-only columns', () => {
    const plan = planDetailWrites(wb, { seriesId: 'new', years: [2026, 2027, 2028], colIds, firstYear: 2026 }, [
      { row: 2, col: 2, text: '400' },
    ]);
    const after = apply(wb, plan);
    expect(
      after.series
        .find((s) => s.id === 'new')!
        .points.slice(-3)
        .map((p) => [p.year, p.value]),
    ).toEqual([
      [2026, 280],
      [2027, null],
      [2028, 400],
    ]);
    const summed = applyEdit(wb, { kind: 'setPointValue', seriesId: 'budget', year: 2024, value: null });
    const group = planDetailWrites(summed, { seriesId: 'budget', years: [2021, 2022, 2023, 2024], colIds, firstYear: 2021 }, [
      { row: 3, col: 2, text: '1' },
      { row: 0, col: 3, text: '5%' },
      { row: 0, col: 4, text: '메모' },
    ]);
    // The group's 2024 takes a typed total; the derived change column is read-only.
    expect(group.problems.map((p) => p.problem.code)).toEqual(['readOnly']);
    expect(group.changes.map((c) => c.where.colId)).toEqual(['value', 'note']);
  });

  it('starts an empty series at the year it is given', () => {
    const blank: Workbook = {
      ...blankWorkbook('빈'),
      series: [{ id: 's', name: 's', unit: '명', parentId: null, note: '', baselineScenarioId: null, points: [] }],
    };
    const plan = planDetailWrites(blank, { seriesId: 's', years: [], colIds, firstYear: 2024 }, [{ row: 0, col: 2, text: '1,200' }]);
    expect(apply(blank, plan).series[0]!.points).toEqual([{ year: 2024, value: 1200, note: '' }]);
  });
});

describe('writing into the center list', () => {
  const wb = sampleWorkbookSync();
  const colIds = ['name', 'institution', 'region', 'field', 'established', 'equipment', 'extra:비고'];
  const rowIds = wb.centers.rows.map((c) => c.id);

  it('maps a pasted block onto the columns in order and adds centers past the end', () => {
    const writes = pasteWrites({ top: rowIds.length - 1, left: 0, bottom: rowIds.length - 1, right: 0 }, [
      ['센터 A', '기관 A', '경기', 'AI', '2024', '12'],
      ['센터 B', '기관 B', '대전', '소재', '２０２５', '７'],
    ]);
    const plan = planCenterWrites(wb, { rowIds, colIds }, writes);
    expect(plan.problems).toEqual([]);
    expect(plan.added.rows).toBe(1);
    const after = apply(wb, plan);
    expect(after.centers.rows).toHaveLength(31);
    expect(after.centers.rows[29]).toMatchObject({ name: '센터 A', established: 2024, equipment: 12 });
    expect(after.centers.rows[30]).toMatchObject({ id: 'c31', name: '센터 B', region: '대전', established: 2025, equipment: 7 });
  });

  it('says what is wrong with years, counts and read-only columns', () => {
    const plan = planCenterWrites(wb, { rowIds, colIds }, [
      { row: 0, col: 4, text: '1800' },
      { row: 0, col: 5, text: '-3' },
      { row: 0, col: 5, text: '열둘' },
      { row: 0, col: 6, text: 'x' },
      { row: 0, col: 7, text: 'x' },
    ]);
    expect(plan.problems.map((p) => p.problem.code)).toEqual(['notYear', 'notCount', 'notNumber', 'readOnly', 'outside']);
    expect(plan.edits).toEqual([]);
  });

  it('a name longer than a center name may be is refused with the limit', () => {
    const plan = planCenterWrites(wb, { rowIds, colIds }, [{ row: 0, col: 0, text: 'x'.repeat(5000) }]);
    expect(plan.problems[0]?.problem).toMatchObject({ code: 'edit', problem: { code: 'tooLong' } });
  });
});

describe('values too large to hold', () => {
  it('1e400 typed or pasted over a value is refused with the range message, never dropped in silence', () => {
    const wb = sampleWorkbookSync();
    const view = { rowIds: wb.series.map((s) => s.id), colIds: ['name', '2021', '2022', '2023', '2024', '2025', '2026', 'unit', 'note'] };
    const at = view.rowIds.indexOf('budget');
    for (const text of ['1e400', '-1e400', '1e19']) {
      const plan = planSeriesTableWrites(wb, view, [{ row: at, col: 6, text }], {
        growYears: false,
        newSeriesName: '새 시리즈',
        defaultUnit: '억원',
      });
      expect({ text, problems: plan.problems.map((p) => p.problem) }).toEqual({
        text,
        problems: [{ code: 'edit', problem: { code: 'valueRange', max: 1e18 } }],
      });
      expect(plan.edits).toEqual([]);
    }
  });
});
