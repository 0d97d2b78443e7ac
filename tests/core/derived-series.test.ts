/** Derived series in a workbook: computed on every edit and on open, refused edits, renames, loops, units, and projections through inputs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEdit, editProblemText } from '../../core/edit-checks';
import { derivedValueAt, seriesRead } from '../../core/formula/derived-series';
import { unitLabel } from '../../core/units';
import { formulaGapText } from '../../core/formula/formula-text';
import { compareScenarios, projectScenario } from '../../core/scenarios';
import { seriesTable } from '../../core/series-table';
import type { Scenario, Series, Workbook } from '../../core/types';
import { applyEdit, type WorkbookEdit } from '../../core/workbook-edits';
import { parseProjectText, serializeProject } from '../../core/workbook-schema';

const plain = (id: string, name: string, unit: string, values: Record<number, number | null>, parentId: string | null = null): Series => ({
  id,
  name,
  unit,
  parentId,
  note: '',
  baselineScenarioId: null,
  points: Object.entries(values).map(([year, value]) => ({ year: Number(year), value, note: '' })),
});

/** The programme's published figures: 예산 총액 and 신규과제 (억원), 연구기반센터 수 (개). */
function programme(): Workbook {
  return {
    title: 't',
    programme: '',
    source: '',
    defaultUnit: '억원',
    series: [
      plain('budget', '예산 총액', '억원', { 2022: 1615, 2023: 1969, 2024: 1910, 2025: 2408, 2026: 2685 }),
      plain('new', '신규과제', '억원', { 2022: 482, 2024: 720, 2025: 240, 2026: 280 }, 'budget'),
      plain('centers', '연구기반센터 수', '개', { 2022: 188, 2026: 286 }),
    ],
    centers: { illustrative: false, rows: [] },
    scenarios: [],
    chart: { seriesIds: [] },
    versions: [],
  };
}

const derived = (id: string, name: string, formula: string, unit = ''): Series => ({ ...plain(id, name, unit, {}), formula });
const apply = (wb: Workbook, ...edits: WorkbookEdit[]) =>
  edits.reduce((w, e) => {
    const problem = checkEdit(w, e);
    if (problem) throw new Error(editProblemText('en', problem));
    return applyEdit(w, e);
  }, wb);
const values = (wb: Workbook, id: string) => Object.fromEntries(wb.series.find((s) => s.id === id)!.points.map((p) => [p.year, p.value]));

describe('a derived series in the workbook', () => {
  it('is computed for every year its inputs have, with no value where one is missing', () => {
    const wb = apply(programme(), { kind: 'addSeries', series: derived('share', '신규 비중', '=[신규과제] / [예산 총액] * 100', '%') });
    const v = values(wb, 'share');
    expect(v[2022]).toBeCloseTo((482 / 1615) * 100, 12);
    expect(v[2026]).toBeCloseTo((280 / 2685) * 100, 12);
    expect(v[2023]).toBeNull();
    const gap = derivedValueAt(wb.series, 'share', 2023);
    expect(gap).toEqual({ ok: false, gap: { code: 'missing', name: '신규과제', year: 2023 } });
    expect(gap?.ok === false && formulaGapText('ko', gap.gap)).toBe('2023년 [신규과제]의 값이 없습니다.');
  });

  it('follows an edit of an input at once, and leaves a group total alone (a share is not summed into its group)', () => {
    let wb = apply(programme(), {
      kind: 'addSeries',
      series: { ...derived('per', '센터당 예산', '=[예산 총액] / [연구기반센터 수]'), parentId: 'budget' },
    });
    expect(values(wb, 'per')).toEqual({ 2022: 1615 / 188, 2023: null, 2024: null, 2025: null, 2026: 2685 / 286 });
    wb = apply(wb, { kind: 'setPointValue', seriesId: 'centers', year: 2026, value: 300 });
    expect(values(wb, 'per')[2026]).toBe(2685 / 300);
    // 예산 총액 has 신규과제 as its only summed child; the derived row does not enter its total.
    expect(seriesTable(wb.series).byId.get('budget')!.cells.get(2022)!.childSum).toBe(482);
  });

  it('refuses typed, pasted and imported values, and years added by hand, naming the series', () => {
    const wb = apply(programme(), { kind: 'addSeries', series: derived('share', '신규 비중', '=SHARE([신규과제])') });
    for (const e of [
      { kind: 'setPointValue', seriesId: 'share', year: 2022, value: 1 },
      { kind: 'addYear', seriesId: 'share', where: 'after' },
      { kind: 'importSeries', seriesId: 'share', points: [] },
      { kind: 'batch', edits: [{ kind: 'setPointValue', seriesId: 'share', year: 2022, value: 1 }] },
    ] satisfies WorkbookEdit[])
      expect(checkEdit(wb, e)).toEqual({ code: 'derivedSeries', name: '신규 비중' });
    expect(editProblemText('ko', { code: 'derivedSeries', name: '신규 비중' })).toContain('‘신규 비중’은 수식으로 계산되는');
  });

  it('refuses unknown names, loops and unit clashes when the formula is entered, with their messages', () => {
    const wb = apply(programme(), { kind: 'addSeries', series: derived('a', 'A', '=[예산 총액] * 2', '억원') });
    const check = (e: WorkbookEdit) => {
      const p = checkEdit(wb, e);
      return p && editProblemText('ko', p);
    };
    expect(check({ kind: 'addSeries', series: derived('x', 'X', '=[예산] + 1') })).toBe(
      '[예산]이라는 시리즈가 없습니다. 시리즈 이름은 대괄호로 씁니다.',
    );
    expect(check({ kind: 'updateSeries', id: 'a', patch: { formula: '=[A] + 1' } })).toBe('수식이 자기 자신을 참조합니다: [A] → [A]');
    const wb2 = apply(wb, { kind: 'addSeries', series: derived('b', 'B', '=[A] / 2') });
    const loop = checkEdit(wb2, { kind: 'updateSeries', id: 'a', patch: { formula: '=[B] * 2' } });
    expect(loop && editProblemText('en', loop)).toBe('The formula refers to itself: [A] → [B] → [A]');
    expect(check({ kind: 'addSeries', series: derived('y', 'Y', '=[예산 총액] + [연구기반센터 수]') })).toBe(
      '단위가 다른 값은 더하거나 뺄 수 없습니다: 억원과 개',
    );
    expect(check({ kind: 'addSeries', series: derived('z', 'Z', '=[예산 총액] +* 2') })).toMatch(/번째 글자 근처를 읽을 수 없습니다/);
  });

  it('renames itself in every formula when an input is renamed, and undoes with the edit', () => {
    const before = apply(programme(), { kind: 'addSeries', series: derived('share', '신규 비중', '=[신규과제] / [예산 총액] * 100') });
    const after = apply(before, { kind: 'updateSeries', id: 'budget', patch: { name: '총예산' } });
    expect(after.series.find((s) => s.id === 'share')!.formula).toBe('=[신규과제] / [총예산] * 100');
    expect(values(after, 'share')).toEqual(values(before, 'share'));
    expect(before.series.find((s) => s.id === 'share')!.formula).toBe('=[신규과제] / [예산 총액] * 100');
  });

  it('gives no value (too large) where a tiny input would push it past what a file stores, so the workbook still saves', () => {
    const wb = apply(
      programme(),
      { kind: 'addSeries', series: derived('share', '신규 비중', '=[신규과제] / [예산 총액] * 100') },
      { kind: 'setPointValue', seriesId: 'budget', year: 2025, value: 1e-20 },
    );
    expect(values(wb, 'share')[2025]).toBeNull();
    expect(derivedValueAt(wb.series, 'share', 2025)).toEqual({ ok: false, gap: { code: 'tooLarge' } });
    expect(() => parseProjectText(serializeProject(wb))).not.toThrow();
  });

  it('is checked when a file opens (a broken or looping formula is refused) and its stored values are never trusted', () => {
    const wb = apply(programme(), { kind: 'addSeries', series: derived('share', '신규 비중', '=[신규과제] / [예산 총액] * 100') });
    const text = serializeProject(wb);
    const tampered = JSON.parse(text);
    tampered.workbook.series[3].points[0].value = 99;
    expect(values(parseProjectText(JSON.stringify(tampered)), 'share')[2022]).toBeCloseTo((482 / 1615) * 100, 12);
    tampered.workbook.series[3].formula = '=[신규과제] +';
    expect(() => parseProjectText(JSON.stringify(tampered))).toThrow(/formula/);
    tampered.workbook.series[3].formula = '=[신규 비중] + 1';
    expect(() => parseProjectText(JSON.stringify(tampered))).toThrow(/loop/);
  });
});

describe('what a formula reads, and its unit in English', () => {
  it('names the group of a series it takes a SHARE of (whose scenarios it can be projected through)', () => {
    const wb = programme();
    expect(seriesRead(derived('x', 'x', '=SHARE([신규과제]) + [연구기반센터 수] * 0'), wb.series)).toEqual([
      '신규과제',
      '연구기반센터 수',
      '예산 총액',
    ]);
    expect(seriesRead(derived('x', 'x', '=[예산 총액] / [연구기반센터 수]'), wb.series)).toEqual(['예산 총액', '연구기반센터 수']);
  });

  it('shows a ratio or product of known units in English, and others as written', () => {
    expect(unitLabel('억원/개', 'en')).toBe('100M KRW per unit');
    expect(unitLabel('1/명', 'en')).toBe('1 per person');
    expect(unitLabel('억원·명', 'en')).toBe('100M KRW × persons');
    expect(unitLabel('억원/㎡', 'en')).toBe('억원/㎡');
    expect(unitLabel('억원/개', 'ko')).toBe('억원/개');
  });
});

describe('projections through inputs', () => {
  const scenario = (id: string, seriesId: string, name: string, over: Partial<Scenario> = {}): Scenario => ({
    id,
    seriesId,
    name,
    method: { kind: 'growth', rate: 0.115 },
    horizon: 2030,
    split: null,
    scope: 'series',
    ...over,
  });

  it('computes the share in 2030 from the total at +11.5% a year and 신규과제 at its CAGR', () => {
    const wb = apply(
      programme(),
      { kind: 'addSeries', series: derived('share', '신규 비중', '=[신규과제] / [예산 총액] * 100') },
      { kind: 'addScenario', scenario: scenario('t', 'budget', '기준') },
      { kind: 'addScenario', scenario: scenario('n', 'new', '기준', { method: { kind: 'cagr', window: { from: 2022, to: 2026 } } }) },
      { kind: 'addScenario', scenario: scenario('d', 'share', '기준', { scope: 'inputs' }) },
    );
    const r = projectScenario(
      wb,
      wb.scenarios.find((s) => s.id === 'd')!,
    );
    if (!r.ok) throw new Error(r.reason);
    const rate = (280 / 482) ** (1 / 4) - 1;
    const byHand = ((280 * (1 + rate) ** 4) / (2685 * 1.115 ** 4)) * 100;
    expect(r.baseYear).toBe(2026);
    expect(r.points.at(-1)).toEqual({ year: 2030, value: expect.closeTo(byHand, 10) });
    // The comparison tab shows it beside any other scenario of the derived series.
    const own = apply(wb, { kind: 'addScenario', scenario: scenario('g', 'share', '자체 추세', { method: { kind: 'growth', rate: 0 } }) });
    const c = compareScenarios(own, 'share');
    expect(c.rows.find((x) => x.year === 2030)!.values).toEqual({
      d: expect.closeTo(byHand, 10),
      g: expect.closeTo((280 / 2685) * 100, 10),
    });
  });

  it('uses each input’s baseline when it has no scenario of that name, and says which input has none', () => {
    let wb = apply(
      programme(),
      { kind: 'addSeries', series: derived('per', '센터당 예산', '=[예산 총액] / [연구기반센터 수]') },
      { kind: 'addScenario', scenario: scenario('t', 'budget', '고성장', { method: { kind: 'growth', rate: 0.2 } }) },
      { kind: 'addScenario', scenario: scenario('d', 'per', '기준', { scope: 'inputs' }) },
    );
    expect(
      projectScenario(
        wb,
        wb.scenarios.find((s) => s.id === 'd')!,
      ),
    ).toEqual({ ok: false, reason: 'inputs-not-projected' });
    wb = apply(wb, { kind: 'addScenario', scenario: scenario('c', 'centers', '기준', { method: { kind: 'growth', rate: 0 } }) });
    const r = projectScenario(
      wb,
      wb.scenarios.find((s) => s.id === 'd')!,
    );
    expect(r.ok && r.points.map((p) => p.value)).toEqual([2027, 2028, 2029, 2030].map((y) => (2685 * 1.2 ** (y - 2026)) / 286));
  });

  it('reads the inputs’ scenario the user picks, by name', () => {
    const wb = apply(
      programme(),
      { kind: 'addSeries', series: derived('per', '센터당 예산', '=[예산 총액] / [연구기반센터 수]') },
      { kind: 'addScenario', scenario: scenario('t', 'budget', '기준') },
      { kind: 'addScenario', scenario: scenario('h', 'budget', '고성장', { method: { kind: 'growth', rate: 0.3 } }) },
      { kind: 'addScenario', scenario: scenario('c', 'centers', '기준', { method: { kind: 'growth', rate: 0 } }) },
      { kind: 'addScenario', scenario: scenario('d', 'per', '기준', { scope: 'inputs', inputs: '고성장' }) },
    );
    const r = projectScenario(
      wb,
      wb.scenarios.find((s) => s.id === 'd')!,
    );
    expect(r.ok && r.points.at(-1)!.value).toBeCloseTo((2685 * 1.3 ** 4) / 286, 8);
  });

  it('is refused on a series without a formula', () => {
    expect(checkEdit(programme(), { kind: 'addScenario', scenario: scenario('x', 'budget', 'x', { scope: 'inputs' }) })).toEqual({
      code: 'inputsScope',
    });
  });
});

describe('property: a derived series equals the computation by hand', () => {
  it('for ratios, differences and shares over random series', () => {
    const year = fc.integer({ min: 2000, max: 2010 });
    const valueArb = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -1e6, max: 1e6 }).map((v) => v / 10),
    );
    fc.assert(
      fc.property(fc.dictionary(year.map(String), valueArb), fc.dictionary(year.map(String), valueArb), (a, b) => {
        const wb = apply(
          { ...programme(), series: [plain('a', 'a', '억원', a), plain('b', 'b', '백만원', b)] },
          { kind: 'addSeries', series: derived('r', 'r', '=[a] / [b]') },
          { kind: 'addSeries', series: derived('d', 'd', '=[a] - [b]') },
        );
        const years = [...new Set([...Object.keys(a), ...Object.keys(b)].map(Number))].sort((x, y) => x - y);
        const av = (y: number) => a[y] ?? null;
        const bv = (y: number) => b[y] ?? null;
        for (const y of years) {
          const ratio = av(y) === null || bv(y) === null || bv(y) === 0 ? null : av(y)! / (bv(y)! / 100);
          const diff = av(y) === null || bv(y) === null ? null : av(y)! - bv(y)! / 100;
          const r = values(wb, 'r')[y];
          const d = values(wb, 'd')[y];
          if (ratio === null) expect(r).toBeNull();
          else expect(r).toBeCloseTo(ratio, 6);
          if (diff === null) expect(d).toBeNull();
          else expect(d).toBeCloseTo(diff, 6);
        }
        expect(Object.keys(values(wb, 'r')).map(Number)).toEqual(years);
      }),
      { numRuns: 200 },
    );
  });
});
