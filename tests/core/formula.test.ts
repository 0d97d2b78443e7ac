/** Formulas between series: parsing (numbers only, named series, the functions), evaluation per year with gaps and their reasons, units, cycles, renames. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFormula, formulaCycle, formulaUnit, type FormulaContext } from '../../core/formula/formula-eval';
import { parseFormula, renameInFormula, type FormulaNode } from '../../core/formula/formula-parse';

/** The programme's published figures (억원; 연구기반센터 수 in 개). */
const data: Record<string, { unit: string; parent?: string; values: Record<number, number> }> = {
  '예산 총액': { unit: '억원', values: { 2022: 1615, 2023: 1969, 2024: 1910, 2025: 2408, 2026: 2685 } },
  신규과제: { unit: '억원', parent: '예산 총액', values: { 2022: 482, 2024: 720, 2025: 240, 2026: 280 } },
  '연구기반센터 수': { unit: '개', values: { 2022: 188, 2026: 286 } },
  '신규 백만원': { unit: '백만원', values: { 2026: 28000 } },
  디플레이터: { unit: '', values: { 2020: 100, 2025: 110, 2026: 112 } },
};
const ctx: FormulaContext = {
  value: (name, year) => data[name]?.values[year] ?? null,
  unit: (name) => data[name]?.unit ?? '',
  parent: (name) => data[name]?.parent ?? null,
};
const node = (text: string): FormulaNode => {
  const p = parseFormula(text);
  if (!p.ok) throw new Error(JSON.stringify(p.problem));
  return p.node;
};
const value = (text: string, year: number) => evaluateFormula(node(text), year, ctx);

describe('parsing', () => {
  it('reads named series, numbers, operators as typed (× ÷ −) and the functions, case-insensitively', () => {
    expect(parseFormula('=[신규과제] / [예산 총액] * 100')).toMatchObject({ ok: true, names: ['신규과제', '예산 총액'] });
    expect(parseFormula('[예산 총액] × 2 − [신규과제] ÷ 4').ok).toBe(true);
    expect(parseFormula('=yoy([예산 총액])').ok).toBe(true);
    expect(parseFormula('=IF([신규과제] >= 300, 1, 0)').ok).toBe(true);
    expect(parseFormula('=IF([신규과제] = 280, 1, 0)').ok).toBe(true);
  });

  it('refuses what is not the language: strings, members, this, logical and bitwise operators, unknown functions, bare words', () => {
    for (const text of [
      '"a"',
      '[a].constructor',
      'this',
      '[a] && [b]',
      '[a] | 1',
      '[a] % 2',
      '!1',
      'constructor',
      'eval([a])',
      'a.b()',
      '[a](',
    ])
      expect(parseFormula(text).ok, text).toBe(false);
    expect(parseFormula('=FOO([a])')).toEqual({ ok: false, problem: { code: 'formulaUnknownFunction', name: 'FOO' } });
    expect(parseFormula('=ROUND([a])')).toEqual({ ok: false, problem: { code: 'formulaArguments', name: 'ROUND', min: 2, max: 2 } });
    expect(parseFormula('= ')).toEqual({ ok: false, problem: { code: 'formulaEmpty' } });
    expect(parseFormula('[예산 총액')).toMatchObject({ ok: false, problem: { code: 'formulaSyntax' } });
  });

  it('a formula longer or deeper than the limits gets its message', () => {
    expect(parseFormula(`=${'1+'.repeat(400)}1`)).toMatchObject({ ok: false, problem: { code: 'formulaTooLong' } });
    expect(parseFormula(`=${'('.repeat(60)}1${')'.repeat(60)}`).ok).toBe(true);
    expect(parseFormula(`=${'-'.repeat(80)}1`)).toMatchObject({ ok: false, problem: { code: 'formulaTooDeep' } });
  });

  it('a renamed series is renamed in the formula, and only it', () => {
    expect(renameInFormula('=[신규과제] / [예산 총액]', '예산 총액', '예산 합계')).toBe('=[신규과제] / [예산 합계]');
    expect(renameInFormula('=[예산 총액 (본예산)] + [예산 총액]', '예산 총액', 'X')).toBe('=[예산 총액 (본예산)] + [X]');
  });
});

describe('evaluation per year', () => {
  it('share, per unit, difference, YoY, lag, real terms and the aggregate functions, against hand computation', () => {
    expect(value('=[신규과제] / [예산 총액] * 100', 2026)).toEqual({ ok: true, value: (280 / 2685) * 100 });
    expect(value('=SHARE([신규과제])', 2026)).toEqual({ ok: true, value: (280 / 2685) * 100 });
    expect(value('=[예산 총액] / [연구기반센터 수]', 2026)).toEqual({ ok: true, value: 2685 / 286 });
    expect(value('=[예산 총액] - [신규과제]', 2025)).toEqual({ ok: true, value: 2408 - 240 });
    const yoy = value('=YOY([예산 총액])', 2026);
    expect(yoy.ok && yoy.value).toBeCloseTo(11.503, 3);
    expect(value('=LAG([예산 총액], 2)', 2026)).toEqual({ ok: true, value: 1910 });
    expect(value('=REAL([예산 총액], [디플레이터], 2020)', 2026)).toEqual({ ok: true, value: (2685 / 112) * 100 });
    expect(value('=SUM([예산 총액], [신규과제], 5)', 2026)).toEqual({ ok: true, value: 2685 + 280 + 5 });
    expect(value('=AVG([예산 총액], [신규과제])', 2026)).toEqual({ ok: true, value: (2685 + 280) / 2 });
    expect(value('=MIN([예산 총액], [신규과제])', 2026)).toEqual({ ok: true, value: 280 });
    expect(value('=MAX([예산 총액], [신규과제])', 2026)).toEqual({ ok: true, value: 2685 });
    expect(value('=ROUND([예산 총액] / 7, 1)', 2026)).toEqual({ ok: true, value: 383.6 });
    expect(value('=ROUND(-2.5, 0)', 2026)).toEqual({ ok: true, value: -3 });
    expect(value('=IF([신규과제] > 300, 1, [신규과제])', 2026)).toEqual({ ok: true, value: 280 });
  });

  it('money converts in sums and ratios: 28,000 백만원 is 280 억원', () => {
    expect(value('=[신규과제] + [신규 백만원]', 2026)).toEqual({ ok: true, value: 560 });
    expect(value('=[신규 백만원] / [신규과제]', 2026)).toEqual({ ok: true, value: 1 });
  });

  it('a year without an input, a division by zero or no parent gives no value and says why, never NaN, Infinity or 0', () => {
    expect(value('=[신규과제] / [예산 총액]', 2023)).toEqual({ ok: false, gap: { code: 'missing', name: '신규과제', year: 2023 } });
    expect(value('=[예산 총액] / ([신규과제] - 280)', 2026)).toEqual({ ok: false, gap: { code: 'divideByZero' } });
    expect(value('=YOY([신규과제])', 2026)).toEqual({ ok: true, value: (280 / 240 - 1) * 100 });
    expect(value('=YOY([신규과제])', 2022)).toEqual({ ok: false, gap: { code: 'missing', name: '신규과제', year: 2021 } });
    expect(value('=SHARE([예산 총액])', 2026)).toEqual({ ok: false, gap: { code: 'noParent', name: '예산 총액' } });
    expect(value('=1e308 * 10', 2026)).toEqual({ ok: false, gap: { code: 'tooLarge' } });
  });

  it('property: a formula of sums, differences, products and ratios equals the same computed by hand', () => {
    const names = ['a', 'b', 'c'];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.constantFrom('+', '-', '*', '/'), { minLength: 2, maxLength: 2 }),
        (values, ops) => {
          const local: FormulaContext = { value: (n) => values[names.indexOf(n)] ?? null, unit: () => '', parent: () => null };
          const text = `([a] ${ops[0]} [b]) ${ops[1]} [c]`;
          const apply = (x: number, op: string, y: number) => (op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : x / y);
          const inner = ops[0] === '/' && values[1] === 0 ? null : apply(values[0]!, ops[0]!, values[1]!);
          const expected = inner === null || (ops[1] === '/' && values[2] === 0) ? null : apply(inner, ops[1]!, values[2]!);
          const got = evaluateFormula(node(text), 2026, local);
          if (expected === null) expect(got).toEqual({ ok: false, gap: { code: 'divideByZero' } });
          else expect(got).toEqual({ ok: true, value: expected });
        },
      ),
    );
  });
});

describe('units and cycles', () => {
  it('a share is %, a ratio of different units a/b, a difference keeps its unit; different units cannot be added', () => {
    const unit = (t: string) => formulaUnit(node(t), ctx.unit);
    expect(unit('=[신규과제] / [예산 총액] * 100')).toEqual({ ok: true, unit: '%' });
    expect(unit('=SHARE([신규과제])')).toEqual({ ok: true, unit: '%' });
    expect(unit('=[예산 총액] / [연구기반센터 수]')).toEqual({ ok: true, unit: '억원/개' });
    expect(unit('=[예산 총액] - [신규과제]')).toEqual({ ok: true, unit: '억원' });
    expect(unit('=[예산 총액] + [신규 백만원]')).toEqual({ ok: true, unit: '억원' });
    expect(unit('=[예산 총액] + 10')).toEqual({ ok: true, unit: '억원' });
    expect(unit('=[예산 총액] + [연구기반센터 수]')).toEqual({ ok: false, problem: { code: 'formulaUnits', left: '억원', right: '개' } });
  });

  it('a loop of formulas is found and named, start first and last', () => {
    const formulas: Record<string, string[]> = { A: ['B'], B: ['C', 'x'], C: ['A'], D: ['x'] };
    expect(formulaCycle('A', (n) => formulas[n] ?? null)).toEqual(['A', 'B', 'C', 'A']);
    expect(formulaCycle('D', (n) => formulas[n] ?? null)).toBeNull();
    expect(formulaCycle('S', (n) => (n === 'S' ? ['S'] : null))).toEqual(['S', 'S']);
  });
});
