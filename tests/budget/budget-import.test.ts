/**
 * Budget books in: five yearly downloads (CSV UTF-8 with BOM, CP949, xlsx) through the real readers, one
 * after another, with a renamed item, a moved item and a renamed 소관 paired; the undecided year; duplicate
 * rows; sums against the files' own; pairings remembered; and the same through the window's work process.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planBudgetImport, budgetShape, type BudgetChoices, type BudgetPlan } from '../../core/budget/budget-import';
import { pathKey, seriesPaths, shownStage } from '../../core/budget/budget-paths';
import { unpackPoints } from '../../core/budget/budget-edit';
import { seriesTable } from '../../core/series-table';
import type { PathPairing, Workbook } from '../../core/types';
import { blankWorkbook } from '../../core/workbook-diff';
import { checkEdit } from '../../core/edit-checks';
import { applyEdit } from '../../core/workbook-edits';
import { parseProjectText, serializeProject } from '../../core/workbook-schema';
import { chooseSheet, toImportTable } from '../../electron/handlers/import/inspect';
import { loadSpreadsheet } from '../../electron/handlers/import/load-spreadsheet';
import { bookRows, writeBook, YEARS } from './budget-files';
import { tempDir } from '../electron/helpers';

/** The points a plan gives a new series of `name` and `stage`, as the edit will make them. */
const pointsOf = (plan: BudgetPlan, name: string, stage: string) => {
  const series = plan.edit.add.find((s) => s.name === name && s.stage === stage)!;
  return unpackPoints(
    plan.edit,
    plan.edit.points.find((p) => p.seriesId === series.id)!,
    stage,
  );
};

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (tmp = await tempDir()));
afterEach(() => tmp.cleanup());

const FORMATS = ['utf8', 'cp949', 'xlsx', 'utf8', 'cp949'] as const;

/** One year's download read by the app's own readers. */
async function readYear(year: number, format: (typeof FORMATS)[number] = FORMATS[YEARS.indexOf(year)]!) {
  const path = tmp.path(`${year}.${format === 'xlsx' ? 'xlsx' : 'csv'}`);
  await writeBook(path, year, format);
  const loaded = await loadSpreadsheet(path, {});
  const { table, sheet } = chooseSheet(loaded, {});
  return { table: toImportTable(table), file: loaded.file, sheet };
}

const context = (file: string, sheet: string) => ({ file, sheet, undecidedNote: (stage: string) => `${stage} 미확정` });

/** Plans one year into the workbook with the detected shape and the pairings given. */
async function plan(wb: Workbook, year: number, pairings: PathPairing[] = [], extra: Partial<BudgetChoices> = {}): Promise<BudgetPlan> {
  const { table, file, sheet } = await readYear(year);
  const shape = budgetShape(table)!;
  const choices: BudgetChoices = {
    yearCol: shape.yearCol,
    levels: shape.levels,
    stages: shape.amountCols,
    pairings,
    sumDuplicates: false,
    ...extra,
  };
  return planBudgetImport(wb, table, choices, context(file, sheet));
}

/** Applies a plan as the app does: checked, then applied (and saved and reopened, as every state must survive). */
function apply(wb: Workbook, p: BudgetPlan): Workbook {
  const edit = { kind: 'importBudget' as const, budget: p.edit };
  expect(checkEdit(wb, edit)).toBeNull();
  return parseProjectText(serializeProject(applyEdit(wb, edit)));
}

const leaves = (wb: Workbook) => {
  const parents = new Set(wb.series.map((s) => s.parentId));
  const paths = seriesPaths(wb.series);
  return wb.series.filter((s) => !parents.has(s.id)).map((s) => ({ s, path: paths.get(s.id)! }));
};

/** Five years in, pairing each suggestion when it comes (2024 rename, 2025 move, 2026 소관 rename). */
async function fiveYears(): Promise<{ wb: Workbook; suggested: BudgetPlan['suggested'][] }> {
  let wb: Workbook = blankWorkbook('예산서');
  const suggested: BudgetPlan['suggested'][] = [];
  for (const year of YEARS) {
    const first = await plan(wb, year);
    suggested.push(first.suggested);
    const p =
      first.suggested.length > 0
        ? await plan(
            wb,
            year,
            first.suggested.map((s) => ({ from: s.from, to: s.to })),
          )
        : first;
    wb = apply(wb, p);
  }
  return { wb, suggested };
}

describe('budget book: five yearly downloads', () => {
  it('recognises the layout in every format: year column, the four levels, two stages in 천원', async () => {
    for (const format of ['utf8', 'cp949', 'xlsx'] as const) {
      const { table } = await readYear(2024, format);
      const shape = budgetShape(table)!;
      expect(shape.levels.map((c) => table.columns[c]!.name)).toEqual(['소관명', '프로그램명', '단위사업명', '세부사업명']);
      expect(shape.amountCols.map((c) => table.columns[c]!.name)).toEqual(['정부안금액', '국회확정금액']);
      expect(table.columns[shape.yearCol]!.name).toBe('회계연도');
      expect(table.columns[shape.amountCols[0]!]!.unit).toBe('천원');
    }
  });

  it('suggests the rename, the move and the 소관 rename, each in its year, and nothing else', async () => {
    const { suggested } = await fiveYears();
    expect(suggested[0]).toEqual([]);
    expect(suggested[1]).toEqual([]);
    expect(suggested[2]).toEqual([
      {
        kind: 'rename',
        from: ['산업통상자원부', '산업기술지원', '산업기술기반조성', '산업혁신기반구축'],
        to: ['산업통상자원부', '산업기술지원', '산업기술기반조성', '산업혁신기반구축(AI)'],
      },
    ]);
    expect(suggested[3]).toEqual([
      {
        kind: 'move',
        from: ['산업통상자원부', '산업기술지원', '산업기술개발', '기술사업화지원'],
        to: ['산업통상자원부', '산업기술지원', '산업기술기반조성', '기술사업화지원'],
      },
    ]);
    expect(suggested[4]).toEqual([{ kind: 'rename', from: ['산업통상자원부'], to: ['산업통상부'] }]);
  });

  it('gives one series per 세부사업 and stage with all five years, 국회확정 of the undecided year absent, sums equal to the files’', async () => {
    const { wb } = await fiveYears();
    const items = leaves(wb);
    expect(items).toHaveLength(10);
    expect(new Set(items.map((i) => i.s.stage))).toEqual(new Set(['정부안', '국회확정']));
    for (const { s, path } of items) {
      expect(path[0]).toBe('산업통상부');
      expect(s.points.map((p) => p.year)).toEqual(YEARS);
      const undecided = s.points.find((p) => p.year === 2026)!;
      if (s.stage === '국회확정') {
        expect(undecided.value).toBeNull();
        expect(undecided.note).toBe('국회확정 미확정');
      } else expect(undecided.value).not.toBeNull();
    }
    // The history of the renamed item reads as one series: 2022's amount under its 2026 name.
    const renamed = items.find((i) => i.s.name === '산업혁신기반구축(AI)' && i.s.stage === '정부안')!;
    expect(renamed.s.points[0]).toMatchObject({ year: 2022, value: 1615, source: { cell: 'M2', unit: '천원', factor: 0.00001 } });
    // Group sums equal the files' own sums (천원 ÷ 100,000), per stage and year: the 소관 every year, every level
    // from 2025 on (before, 기술사업화지원 sat under another 단위사업: paired, its history moved with it).
    const table = seriesTable(wb.series);
    const paths = seriesPaths(wb.series);
    for (const year of YEARS) {
      const rows = bookRows(year);
      const groups = table.rows.filter((r) => r.hasChildren);
      expect(groups.length).toBe(2 * 6);
      for (const g of groups) {
        const path = paths.get(g.series.id)!;
        if (year < 2025 && path.length > 1) continue;
        const inside = rows.filter((r) => [r.ministry, r.programme, r.unit].slice(1, path.length).every((n, i) => n === path[i + 1]));
        const stage = g.series.stage === '정부안' ? 'government' : 'assembly';
        const own = inside.reduce((sum, r) => sum + r[stage], 0) / 100_000;
        const value = g.cells.get(year)?.value ?? null;
        if (stage === 'assembly' && year === 2026) expect(value).toBeNull();
        else expect(value).toBeCloseTo(own, 6);
      }
    }
  });

  it('remembers the pairings: an old year imported again updates the same series, under their new names', async () => {
    const { wb } = await fiveYears();
    expect(wb.pairings).toHaveLength(3);
    const again = await plan(wb, 2022);
    expect(again).toMatchObject({ added: 0, updated: 10, suggested: [], inFile: [], inWorkbook: [] });
    const after = apply(wb, again);
    expect(after.series).toHaveLength(wb.series.length);
    expect(leaves(after).every((l) => l.path[0] === '산업통상부')).toBe(true);
  });

  it('a year imported before its pairing, then paired, merges into one history', async () => {
    let wb: Workbook = blankWorkbook('예산서');
    for (const year of [2024, 2025]) wb = apply(wb, await plan(wb, year, [], {}));
    // 2025's move left unpaired: the moved item is a second series; pairing it later joins them.
    const split = leaves(wb).filter((l) => l.s.name === '기술사업화지원' && l.s.stage === '정부안');
    expect(split).toHaveLength(2);
    const pairing = { from: split[0]!.path, to: split[1]!.path };
    wb = apply(wb, await plan(wb, 2025, [pairing]));
    const joined = leaves(wb).filter((l) => l.s.name === '기술사업화지원' && l.s.stage === '정부안');
    expect(joined).toHaveLength(1);
    expect(joined[0]!.path).toEqual(pairing.to);
    expect(joined[0]!.s.points.map((p) => p.year)).toEqual([2024, 2025]);
  });

  it('a later download of the undecided year fills it; an undecided year never wipes a value', async () => {
    let wb: Workbook = blankWorkbook('예산서');
    wb = apply(wb, await plan(wb, 2026));
    const assembly = () => leaves(wb).filter((l) => l.s.stage === '국회확정');
    expect(assembly().every((l) => l.s.points[0]!.value === null)).toBe(true);
    // Typed in by hand after the vote: a second pre-vote download leaves it alone.
    const one = assembly()[0]!.s;
    wb = applyEdit(wb, { kind: 'setPointValue', seriesId: one.id, year: 2026, value: 2200 });
    wb = apply(wb, await plan(wb, 2026));
    expect(wb.series.find((s) => s.id === one.id)!.points[0]!.value).toBe(2200);
  });

  it('drops zero-budget duplicates; sums other duplicates only when asked', async () => {
    const { table, file, sheet } = await readYear(2023);
    const shape = budgetShape(table)!;
    const choices: BudgetChoices = {
      yearCol: shape.yearCol,
      levels: shape.levels,
      stages: shape.amountCols,
      pairings: [],
      sumDuplicates: false,
    };
    const zero = planBudgetImport(blankWorkbook('x'), table, choices, context(file, sheet));
    expect(zero.duplicates).toEqual([expect.objectContaining({ rows: 2, droppedZeros: true, year: 2023 })]);
    const first = pointsOf(zero, '산업혁신기반구축', '정부안');
    expect(first[0]!.value).toBe(1744.2);
    // Each value keeps the file's cell it came from (the real row, not the zero copy), in 천원 ÷ 100,000.
    expect(first[0]!.source).toMatchObject({ file, sheet, unit: '천원', factor: 1e-5, cell: expect.stringMatching(/^[A-Z]+\d+$/) });
    const cell = first[0]!.source!.cell;
    const row = table.rows.find((r) => r.row === Number(cell.replace(/^[A-Z]+/, '')))!;
    expect(row.values[shape.amountCols[0]!]).toBe(174_420_000);
    // The same row twice with real amounts: the first is kept, or both summed on confirmation.
    const doubled = { ...table, rows: [...table.rows, { ...table.rows[0]!, row: 99 }] };
    const kept = planBudgetImport(blankWorkbook('x'), doubled, choices, context(file, sheet));
    expect(kept.duplicates.find((d) => !d.droppedZeros)).toMatchObject({ rows: 3 });
    expect(pointsOf(kept, '산업혁신기반구축', '정부안')[0]!.value).toBe(1744.2);
    const summed = planBudgetImport(blankWorkbook('x'), doubled, { ...choices, sumDuplicates: true }, context(file, sheet));
    expect(pointsOf(summed, '산업혁신기반구축', '정부안')[0]!.value).toBeCloseTo(3488.4, 9);
  });

  it('levels the analyst drops or reorders make another tree; one stage brings one tree', async () => {
    const { table, file, sheet } = await readYear(2024);
    const shape = budgetShape(table)!;
    const [ministry, , unit, item] = shape.levels;
    const p = planBudgetImport(
      blankWorkbook('x'),
      table,
      { yearCol: shape.yearCol, levels: [unit!, ministry!, item!], stages: [shape.amountCols[0]!], pairings: [], sumDuplicates: false },
      context(file, sheet),
    );
    const wb = apply(blankWorkbook('x'), p);
    expect(new Set(wb.series.map((s) => s.stage))).toEqual(new Set(['정부안']));
    const paths = [...seriesPaths(wb.series).values()].map(pathKey);
    expect(paths).toContain(pathKey(['산업기술기반조성', '산업통상자원부', '연구기반센터운영']));
    expect(shownStage(wb)).toBe('정부안');
  });
});
