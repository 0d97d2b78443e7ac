import { describe, expect, it } from 'vitest';
import { projectScenario } from '../../core/scenarios';
import { effectivePoints, mismatches, seriesTable, treeOrder } from '../../core/series-table';
import type { Scenario, Series, SeriesPoint } from '../../core/types';

const pts = (values: Record<number, number | null>): SeriesPoint[] =>
  Object.entries(values).map(([year, value]) => ({ year: Number(year), value, note: '' }));
const s = (id: string, parentId: string | null, values: Record<number, number | null>, unit = '억원'): Series => ({
  id,
  name: id,
  unit,
  parentId,
  note: '',
  baselineScenarioId: null,
  points: pts(values),
});

describe('series table', () => {
  const total = s('total', null, { 2022: 1615, 2025: 2408, 2026: 2685 });
  const cont = s('cont', 'total', { 2022: 1190, 2024: 1190, 2025: 2168 });
  const fresh = s('new', 'total', { 2022: 482, 2024: 720, 2025: 240, 2026: 280 });
  const count = s('count', null, { 2026: 28 }, '건');
  const list = [count, cont, total, fresh];

  it('orders rows as a tree: each group followed by its children, in workbook order', () => {
    expect(treeOrder(list).map((r) => [r.series.id, r.depth])).toEqual([
      ['count', 0],
      ['total', 0],
      ['cont', 1],
      ['new', 1],
    ]);
    expect(seriesTable(list).years).toEqual([2022, 2024, 2025, 2026]);
  });

  it('a group shows its children’s sum where nothing was entered (read-only), keeps entered values and flags a difference', () => {
    const row = seriesTable(list).byId.get('total')!;
    // 2024: no entered value, both children have one → the sum, derived.
    expect(row.cells.get(2024)).toMatchObject({ value: 1910, entered: null, childSum: 1910, derived: true, mismatch: false });
    // 2022: entered 1,615, children add up to 1,672 → kept and flagged.
    expect(row.cells.get(2022)).toMatchObject({ value: 1615, entered: 1615, childSum: 1672, derived: false, mismatch: true });
    // 2025: entered and equal to the sum.
    expect(row.cells.get(2025)).toMatchObject({ value: 2408, childSum: 2408, mismatch: false });
    // 2026: one child missing → no sum; the entered value stands.
    expect(row.cells.get(2026)).toMatchObject({ value: 2685, childSum: null, mismatch: false });
    expect(mismatches(list, 'total').map((c) => c.year)).toEqual([2022]);
    expect(effectivePoints(list, 'total').map((p) => [p.year, p.value])).toEqual([
      [2022, 1615],
      [2024, 1910],
      [2025, 2408],
      [2026, 2685],
    ]);
  });

  it('converts money units of children into the group’s unit and does not add up other units', () => {
    const group = s('g', null, {});
    const a = s('a', 'g', { 2025: 150 });
    const b = s('b', 'g', { 2025: 5000 }, '백만원');
    expect(seriesTable([group, a, b]).byId.get('g')!.cells.get(2025)!.value).toBe(200);
    const c = s('c', 'g', { 2025: 3 }, '건');
    expect(seriesTable([group, a, c]).byId.get('g')!.cells.get(2025)!.childSum).toBeNull();
  });

  it('sums nested groups bottom-up', () => {
    const top = s('top', null, {});
    const mid = s('mid', 'top', {});
    const leaf1 = s('l1', 'mid', { 2030: 1 });
    const leaf2 = s('l2', 'mid', { 2030: 2 });
    const other = s('o', 'top', { 2030: 10 });
    expect(seriesTable([top, mid, leaf1, leaf2, other]).byId.get('top')!.cells.get(2030)!.value).toBe(13);
  });

  it('projects a group child by child and adds up their projections', () => {
    const group = s('g', null, {});
    const a = s('a', 'g', { 2025: 100, 2026: 110 });
    const b = s('b', 'g', { 2025: 50, 2026: 50 });
    const sc: Scenario = {
      id: 's',
      name: 's',
      seriesId: 'g',
      method: { kind: 'growth', rate: null },
      horizon: 2028,
      split: null,
      scope: 'children',
    };
    const r = projectScenario({ series: [group, a, b], scenarios: [sc] }, sc);
    expect(r.ok && r.points.map((p) => Math.round(p.value * 100) / 100)).toEqual([171, 183.1]);
    const whole = projectScenario({ series: [group, a, b], scenarios: [] }, { ...sc, scope: 'series' });
    expect(whole.ok && whole.baseValue).toBe(160);
  });
});
