/**
 * An edit's new series array is patched at its changed places (the stage's series, the table's rows and
 * sums, the stages, the count of formulas): each patched result must equal one computed afresh.
 */
import { describe, expect, it } from 'vitest';
import { changedIndexes } from '../../core/changed-indexes';
import { seriesOfStage, workbookStages } from '../../core/budget/budget-paths';
import { seriesTable, type SeriesTable } from '../../core/series-table';
import type { Series, Workbook } from '../../core/types';
import { blankWorkbook } from '../../core/workbook-diff';
import { applyEdit } from '../../core/workbook-edits';

const s = (id: string, parentId: string | null, stage: string, value: number | null): Series => ({
  id,
  name: id,
  unit: '억원',
  parentId,
  note: '',
  baselineScenarioId: null,
  stage,
  points: value === null ? [] : [{ year: 2025, value, note: '' }],
});

/** Two stages of 4 groups × 30 items. */
function book(): Series[] {
  const out: Series[] = [];
  for (const stage of ['정부안', '국회확정'])
    for (let g = 0; g < 4; g++) {
      out.push(s(`${stage}-g${g}`, null, stage, null));
      for (let i = 0; i < 30; i++) out.push(s(`${stage}-g${g}-i${i}`, `${stage}-g${g}`, stage, 10 * g + i));
    }
  return out;
}

/** A table's values by id and year, to compare with one computed afresh from copies of every series. */
const values = (t: SeriesTable) =>
  t.rows.map((r) => [r.series.id, r.depth, [...r.cells.values()].map((c) => [c.year, c.value, c.mismatch])]);
const afresh = (series: readonly Series[]) => seriesTable(seriesOfStage(structuredClone(series), '정부안'));

describe('patching per-array results at an edit’s changed places', () => {
  it('finds the places where a new array holds other objects, or gives up past a limit', () => {
    const a = [{}, {}, {}];
    expect(changedIndexes(a, a.slice(), 3)).toEqual([]);
    expect(changedIndexes(a, [a[0], {}, a[2]], 3)).toEqual([1]);
    expect(changedIndexes(a, [{}, {}, {}], 2)).toBeNull();
    expect(changedIndexes(a, a.slice(0, 2), 3)).toBeNull();
  });

  it('gives each edit the same stage series, table and sums as computing them afresh, reusing rows the edit did not touch', () => {
    let wb: Workbook = { ...blankWorkbook('x'), series: book() };
    let before = seriesTable(seriesOfStage(wb.series, '정부안'));
    for (const [id, value] of [
      ['정부안-g1-i3', 500],
      ['정부안-g1-i3', null],
      ['국회확정-g2-i0', 7],
      ['정부안-g3-i29', 1e6],
    ] as const) {
      wb = applyEdit(wb, { kind: 'setPointValue', seriesId: id, year: 2025, value });
      const stageSeries = seriesOfStage(wb.series, '정부안');
      expect(stageSeries).toEqual(wb.series.filter((x) => x.stage === '정부안'));
      const table = seriesTable(stageSeries);
      expect(values(table)).toEqual(values(afresh(wb.series)));
      // Rows of groups the edit did not reach are the very objects of the last table.
      const untouched = table.rows.filter((r) => !id.startsWith(r.series.id.split('-i')[0]!));
      expect({ id, rebuilt: untouched.filter((r) => !before.rows.includes(r)).map((r) => r.series.id) }).toEqual({ id, rebuilt: [] });
      before = table;
    }
    expect(before.byId.get('정부안-g3')!.cells.get(2025)!.value).toBe(1e6 + 30 * 30 + (29 * 30) / 2 - 59);
  });

  it('lists stages and stage series afresh when an edit moves a series to another stage or adds one', () => {
    let wb: Workbook = { ...blankWorkbook('x'), series: book() };
    expect(workbookStages(wb.series)).toEqual(['정부안', '국회확정']);
    seriesOfStage(wb.series, '정부안');
    wb = applyEdit(wb, { kind: 'updateSeries', id: '정부안-g0-i0', patch: { stage: '추경' } as Partial<Series> });
    expect(wb.series.find((x) => x.id === '정부안-g0-i0')!.stage).toBe('추경');
    expect(workbookStages(wb.series)).toEqual(['정부안', '추경', '국회확정']);
    expect(seriesOfStage(wb.series, '정부안').some((x) => x.id === '정부안-g0-i0')).toBe(false);
    expect(seriesOfStage(wb.series, '추경').map((x) => x.id)).toEqual(['정부안-g0-i0']);
    // A series of no stage shows in every stage.
    const noStage = { ...s('plain', null, '', 1), stage: undefined };
    const series = [...wb.series.slice(0, -1), noStage];
    expect(seriesOfStage(series, '국회확정').at(-1)).toBe(noStage);
    expect(seriesOfStage(series, '정부안').at(-1)).toBe(noStage);
  });

  it('computes a formula made by an edit, and stops when it is removed', () => {
    let wb: Workbook = { ...blankWorkbook('x'), series: book() };
    wb = applyEdit(wb, { kind: 'updateSeries', id: '정부안-g0-i1', patch: { formula: '[정부안-g0-i2] * 2' } });
    expect(wb.series.find((x) => x.id === '정부안-g0-i1')!.points).toMatchObject([{ year: 2025, value: 4 }]);
    wb = applyEdit(wb, { kind: 'setPointValue', seriesId: '정부안-g0-i2', year: 2025, value: 10 });
    expect(wb.series.find((x) => x.id === '정부안-g0-i1')!.points).toMatchObject([{ year: 2025, value: 20 }]);
  });
});
