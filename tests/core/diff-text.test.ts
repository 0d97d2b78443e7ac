/** A version's diff names every changed field old → new: notes, parents, methods, centers' fields and extra columns. */
import { describe, expect, it } from 'vitest';
import { centerFieldChanges, scenarioFieldChanges, seriesFieldChanges } from '../../core/diff-text';
import type { Center, Scenario, Series, WorkbookContent } from '../../core/types';
import { blankWorkbook, diffWorkbooks } from '../../core/workbook-diff';

const series = (patch: Partial<Series>): Series => ({
  id: 'b',
  name: '예산',
  unit: '억원',
  parentId: null,
  note: '',
  baselineScenarioId: null,
  points: [{ year: 2026, value: 2685, note: '' }],
  ...patch,
});
const scenario = (patch: Partial<Scenario>): Scenario => ({
  id: 's1',
  name: '기준',
  seriesId: 'b',
  method: { kind: 'growth', rate: 0.115 },
  horizon: 2030,
  split: null,
  scope: 'series',
  ...patch,
});
const center = (patch: Partial<Center>): Center => ({
  id: 'c1',
  name: '소재센터',
  institution: 'A',
  region: '대전',
  field: '소재',
  established: 2015,
  equipment: 12,
  ...patch,
});
const content = (s: Series[], sc: Scenario[] = [], c: Center[] = []): WorkbookContent => ({
  ...blankWorkbook('t'),
  series: s,
  scenarios: sc,
  centers: { illustrative: false, rows: c },
});

describe('field changes as text', () => {
  it('a series: its name, its group by name and each year note that changed', () => {
    const before = content([series({}), series({ id: 'g', name: '총액' })]);
    const after = content([
      series({ name: '예산 총액', parentId: 'g', points: [{ year: 2026, value: 2685, note: '국회 확정' }] }),
      before.series[1]!,
    ]);
    const c = diffWorkbooks(before, after).series.changed[0]!;
    expect(seriesFieldChanges(c, before, after, 'ko')).toEqual([
      { field: 'name', from: '예산', to: '예산 총액' },
      { field: 'parentId', from: '—', to: '총액' },
      { field: '2026년 비고', from: '—', to: '국회 확정' },
    ]);
  });

  it('a scenario: its method with its parameter, its horizon and its split', () => {
    const before = content([series({})], [scenario({})]);
    const after = content(
      [series({})],
      [scenario({ method: { kind: 'cagr', window: { from: 2021, to: 2026 } }, horizon: 2035, split: { label: 'AI', share: 0.4 } })],
    );
    const c = diffWorkbooks(before, after).scenarios.changed[0]!;
    expect(scenarioFieldChanges(c, before, after, 'en')).toEqual([
      { field: 'method', from: expect.stringContaining('+11.5%') as string, to: expect.stringContaining('2021–2026') as string },
      { field: 'horizon', from: '2030', to: '2035' },
      { field: 'split', from: '—', to: 'AI 40.0%' },
    ]);
  });

  it('a center: text, numbers (years bare) and extra columns by header; provenance is not a change', () => {
    const before = center({ extra: { 전화: '042-1', 면적: 3.69 } });
    const after = center({
      region: '세종',
      established: 2016,
      equipment: 1200,
      extra: { 전화: '042-2', 면적: 3.69 },
      source: { file: 'f.csv', sheet: 'f.csv', cell: 'A2', unit: null, factor: 1 },
    });
    const c = diffWorkbooks(content([], [], [before]), content([], [], [after])).centers.changed[0]!;
    expect(centerFieldChanges(c, 'ko')).toEqual([
      { field: 'region', from: '대전', to: '세종' },
      { field: 'established', from: '2015', to: '2016' },
      { field: 'equipment', from: '12', to: '1,200' },
      { field: 'extra', from: '전화: 042-1', to: '전화: 042-2' },
    ]);
  });
});
