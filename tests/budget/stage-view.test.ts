/** What the series table shows of a budget book: one stage, the stages' difference, a collapsed tree, a search, a level limit; and a book of 20,000 series. */
import { describe, expect, it } from 'vitest';
import { seriesOfStage, shownStage, workbookStages, canonicalPath } from '../../core/budget/budget-paths';
import { stageChange, stageDifference, stagePairs, visibleRows } from '../../core/budget/stage-view';
import { briefingContent } from '../../core/briefing/briefing-content';
import { seriesTable } from '../../core/series-table';
import type { Series, Workbook } from '../../core/types';
import { blankWorkbook } from '../../core/workbook-diff';
import { checkEdit } from '../../core/edit-checks';
import { applyEdit } from '../../core/workbook-edits';
import { parseProjectText, serializeProject } from '../../core/workbook-schema';
import { LIMITS } from '../../core/limits';
import type { BudgetPoints, NewSeries } from '../../core/budget/budget-edit';
import { planBudgetImport } from '../../core/budget/budget-import';
import { arrayRows } from '../../core/import/long-table';

const s = (id: string, name: string, parentId: string | null, stage: string | undefined, points: [number, number | null][]): Series => ({
  id,
  name,
  unit: '억원',
  parentId,
  note: '',
  baselineScenarioId: null,
  points: points.map(([year, value]) => ({ year, value, note: '' })),
  ...(stage && { stage }),
});

/** Two stages of a two-item book, and a series of no stage. */
function book(): Workbook {
  return {
    ...blankWorkbook('예산서'),
    series: [
      s('g1', '산업부', null, '정부안', []),
      s('a1', '사업 A', 'g1', '정부안', [
        [2025, 100],
        [2026, 120],
      ]),
      s('b1', '사업 B', 'g1', '정부안', [
        [2025, 50],
        [2026, 60],
      ]),
      s('g2', '산업부', null, '국회확정', []),
      s('a2', '사업 A', 'g2', '국회확정', [
        [2025, 110],
        [2026, null],
      ]),
      s('b2', '사업 B', 'g2', '국회확정', [
        [2025, 45],
        [2026, null],
      ]),
      s('x', '센터 수', null, undefined, [[2025, 286]]),
    ],
  };
}

describe('stages side by side', () => {
  it('each stage is its own tree; a series of no stage shows with every stage; the choice is saved and reopened', () => {
    const wb = book();
    expect(workbookStages(wb.series)).toEqual(['정부안', '국회확정']);
    expect(shownStage(wb)).toBe('정부안');
    expect(seriesOfStage(wb.series, '국회확정').map((x) => x.id)).toEqual(['g2', 'a2', 'b2', 'x']);
    // The same array for the same input: what is computed per array (the table) is kept.
    expect(seriesOfStage(wb.series, '국회확정')).toBe(seriesOfStage(wb.series, '국회확정'));
    const shown = applyEdit(wb, { kind: 'setStageShown', stage: '국회확정' });
    const reopened = parseProjectText(serializeProject(shown));
    expect(shownStage(reopened)).toBe('국회확정');
    expect(reopened.series.find((x) => x.id === 'a2')!.stage).toBe('국회확정');
    // A group's sum is its own stage's: 국회확정 2026 is not decided, so neither is its sum.
    const t = seriesTable(seriesOfStage(reopened.series, '국회확정'));
    expect(t.byId.get('g2')!.cells.get(2025)!.value).toBe(155);
    expect(t.byId.get('g2')!.cells.get(2026)!.value).toBeNull();
  });

  it('puts both stages side by side: the first stage’s tree, each row with its twin in the second, and the change', () => {
    const pairs = stagePairs(book().series, '정부안', '국회확정');
    expect(pairs.rows.map((r) => [r.series.id, r.twin?.series.id])).toEqual([
      ['g1', 'g2'],
      ['a1', 'a2'],
      ['b1', 'b2'],
    ]);
    expect(pairs.years).toEqual([2025, 2026]);
    const a = pairs.rows[1]!;
    expect([a.cells.get(2025)!.value, a.twin!.cells.get(2025)!.value]).toEqual([100, 110]);
    expect(stageChange(a.cells.get(2025)!.value, a.twin!.cells.get(2025)!.value)).toBe(10);
    // 국회확정 2026 not decided: no change either.
    expect(stageChange(a.cells.get(2026)!.value, a.twin!.cells.get(2026)!.value)).toBeNull();
    // The group's sums, side by side.
    expect([pairs.rows[0]!.cells.get(2025)!.value, pairs.rows[0]!.twin!.cells.get(2025)!.value]).toEqual([150, 155]);
  });

  it('국회 증감 = 확정 − 정부안 per item and year, none where a stage has no value', () => {
    const d = stageDifference(book().series, '정부안', '국회확정');
    expect(d.rows.map((r) => [r.series.name, [...r.cells.values()].map((c) => c.value)])).toEqual([
      ['산업부', [5, null]],
      ['사업 A', [10, null]],
      ['사업 B', [-5, null]],
    ]);
  });

  it('the briefing and its report show the stage shown', () => {
    const wb = applyEdit(book(), { kind: 'setStageShown', stage: '국회확정' });
    const content = briefingContent(wb, 'ko', { date: '2026-12-05', author: '' });
    expect(content.table.rows.map((r) => r.series.id)).toEqual(['g2', 'a2', 'b2', 'x']);
  });
});

describe('the tree on screen', () => {
  const rows = seriesTable(seriesOfStage(book().series, '정부안')).rows;
  it('collapses a group, limits the depth, and a search shows matches with their ancestors', () => {
    const ids = (list: { series: { id: string } }[]) => list.map((r) => r.series.id);
    expect(ids(visibleRows(rows, { collapsed: new Set(), query: '', maxDepth: null }))).toEqual(['g1', 'a1', 'b1', 'x']);
    expect(ids(visibleRows(rows, { collapsed: new Set(['g1']), query: '', maxDepth: null }))).toEqual(['g1', 'x']);
    expect(ids(visibleRows(rows, { collapsed: new Set(), query: '', maxDepth: 0 }))).toEqual(['g1', 'x']);
    expect(ids(visibleRows(rows, { collapsed: new Set(['g1']), query: '사업b', maxDepth: null }))).toEqual(['g1', 'b1']);
    expect(ids(visibleRows(rows, { collapsed: new Set(), query: '없는 이름', maxDepth: null }))).toEqual([]);
  });

  it('pairings chain: a rename of a rename, a level rename under a move', () => {
    const pairings = [
      { from: ['산업통상자원부'], to: ['산업통상부'] },
      { from: ['산업통상부', 'P', 'A'], to: ['산업통상부', 'P', 'B'] },
    ];
    expect(canonicalPath(['산업통상자원부', 'P', 'A'], pairings)).toEqual(['산업통상부', 'P', 'B']);
    expect(canonicalPath(['기타', 'P', 'A'], pairings)).toEqual(['기타', 'P', 'A']);
  });
});

describe('a budget edit is checked before it applies', () => {
  it('refuses columns of unequal length, years out of range and values past what a file stores', () => {
    const wb = blankWorkbook('정부');
    const add: NewSeries[] = [{ id: 'a', name: '세부', unit: '억원', parentId: null, stage: '정부안' }];
    const edit = (p: Partial<BudgetPoints>) => ({
      kind: 'importBudget' as const,
      budget: {
        renames: [],
        merges: [],
        add,
        points: [{ seriesId: 'a', years: [2025, 2026], values: [1, null], column: 'M', rows: [2, 3], ...p }],
        pairings: [],
        source: { file: 'f.csv', sheet: 'f.csv', unit: '천원', factor: 1e-5 },
        undecidedNotes: { 정부안: '미정' },
      },
    });
    expect(checkEdit(wb, edit({}))).toBeNull();
    expect(checkEdit(wb, edit({ rows: [2] }))).toMatchObject({ code: 'yearRange' });
    expect(checkEdit(wb, edit({ years: [2025, 99999] }))).toMatchObject({ code: 'yearRange' });
    expect(checkEdit(wb, edit({ values: [1, 1e300] }))).toMatchObject({ code: 'valueRange' });
    // Applied: each value with its cell, the undecided year with the stage's note.
    const points = applyEdit(wb, edit({})).series[0]!.points;
    expect(points).toEqual([
      { year: 2025, value: 1, note: '', source: { file: 'f.csv', sheet: 'f.csv', cell: 'M2', unit: '천원', factor: 1e-5 } },
      { year: 2026, value: null, note: '미정', source: { file: 'f.csv', sheet: 'f.csv', cell: 'M3', unit: '천원', factor: 1e-5 } },
    ]);
  });
});

describe('two items of a file that read as one path', () => {
  it('join into one series when a pairing makes them one (both years kept, none lost)', () => {
    const column = (index: number, name: string, unit: string | null = null) =>
      ({
        index,
        name,
        type: 'text',
        year: null,
        period: null,
        measure: name,
        field: null,
        confidence: null,
        unit,
        unitSource: null,
      }) as const;
    const table = {
      columns: [column(0, '회계연도'), column(1, '세부사업명'), column(2, '정부안금액(천원)', '천원')],
      unit: '천원',
      rows: arrayRows([
        [2024, '옛이름', 100_000_000],
        [2025, '새이름', 200_000_000],
      ]),
    };
    const choices = { yearCol: 0, levels: [1], stages: [2], pairings: [{ from: ['옛이름'], to: ['새이름'] }], sumDuplicates: false };
    const plan = planBudgetImport(blankWorkbook('x'), table, choices, { file: 'f.csv', sheet: 'f.csv', undecidedNote: () => '' });
    const wb = applyEdit(blankWorkbook('x'), { kind: 'importBudget', budget: plan.edit });
    expect(wb.series.map((x) => [x.name, x.points.map((p) => [p.year, p.value, p.source?.cell])])).toEqual([
      [
        '새이름',
        [
          [2024, 1000, 'C1'],
          [2025, 2000, 'C2'],
        ],
      ],
    ]);
  });
});

describe('a whole government fits', () => {
  it('holds 20,000 series in stage trees: the edit is allowed, saved, reopened, and sums stay right after an edit', () => {
    const add: NewSeries[] = [];
    const points: BudgetPoints[] = [];
    for (const stage of ['정부안', '국회확정']) {
      for (let m = 0; m < 20; m++) {
        const mid = `${stage}-m${m}`;
        add.push({ id: mid, name: `부처${m}`, unit: '억원', parentId: null, stage });
        for (let u = 0; u < 25; u++) {
          const uid = `${mid}-u${u}`;
          add.push({ id: uid, name: `단위${u}`, unit: '억원', parentId: mid, stage });
          for (let i = 0; i < 19; i++) {
            add.push({ id: `${uid}-i${i}`, name: `세부${i}`, unit: '억원', parentId: uid, stage });
            points.push({ seriesId: `${uid}-i${i}`, years: [2025, 2026], values: [1 + i, 2 + i], column: 'M', rows: [i + 2, i + 3] });
          }
        }
      }
    }
    expect(add.length).toBeGreaterThanOrEqual(20_000);
    expect(LIMITS.series).toBeGreaterThanOrEqual(20_000);
    const wb = blankWorkbook('정부');
    const source = { file: 'book.csv', sheet: 'book.csv', unit: '천원', factor: 1e-5 };
    const edit = {
      kind: 'importBudget' as const,
      budget: { renames: [], merges: [], add, points, pairings: [], source, undecidedNotes: {} },
    };
    expect(checkEdit(wb, edit)).toBeNull();
    const big = parseProjectText(serializeProject(applyEdit(wb, edit)));
    expect(big.series).toHaveLength(add.length);
    const before = seriesTable(seriesOfStage(big.series, '정부안'));
    expect(before.byId.get('정부안-m0')!.cells.get(2025)!.value).toBe(25 * ((19 * 20) / 2));
    const edited = applyEdit(big, { kind: 'setPointValue', seriesId: '정부안-m0-u0-i0', year: 2025, value: 101 });
    const after = seriesTable(seriesOfStage(edited.series, '정부안'));
    expect(after.byId.get('정부안-m0')!.cells.get(2025)!.value).toBe(25 * 190 + 100);
    // Rows no edit touched keep their cells (the sums are rebuilt from them, not from every point).
    expect(after.byId.get('정부안-m1-u0-i0')!.cells).toBe(before.byId.get('정부안-m1-u0-i0')!.cells);
  });
});
