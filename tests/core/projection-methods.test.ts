import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredRate, requiredSlope, yearReachedAtRate, yearReachedOnLine } from '../../core/goal-seek';
import { describeMethod } from '../../core/method-labels';
import { cagr, projectWithMethod, splitSeries, type ProjectionMethod } from '../../core/projection-methods';
import { compareScenarios, goalSeek, sensitivityShape, sensitivityTable } from '../../core/scenarios';
import type { SeriesPoint, Workbook } from '../../core/types';

const pts = (values: [number, number][]): SeriesPoint[] => values.map(([year, value]) => ({ year, value, note: '' }));
const budget = pts([
  [2022, 1615],
  [2023, 1969],
  [2024, 1910],
  [2025, 2408],
  [2026, 2685],
]);
const project = (method: ProjectionMethod, horizon = 2030) => {
  const r = projectWithMethod(budget, method, horizon);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('projection methods (hand-computed values)', () => {
  it('fixed rate 11.5% from 2,685: 2,993.775 / 3,338.059 / 3,721.936 / 4,149.959', () => {
    const r = project({ kind: 'growth', rate: 0.115 });
    expect(r.points.map((p) => Math.round(p.value * 1000) / 1000)).toEqual([2993.775, 3338.059, 3721.936, 4149.959]);
  });

  it('CAGR 2022→2026 is 13.55% and projects from 2,685', () => {
    const r = project({ kind: 'cagr', window: null });
    // (2685 / 1615)^(1/4) − 1 = 0.1355152…
    expect(r.parameters.rate).toBeCloseTo(0.1355152, 7);
    expect(r.parameters.window).toEqual({ from: 2022, to: 2026 });
    expect(r.points[0]!.value).toBeCloseTo(2685 * 1.1355152, 3);
    const w = project({ kind: 'cagr', window: { from: 2024, to: 2026 } });
    expect(w.parameters.rate).toBeCloseTo(Math.sqrt(2685 / 1910) - 1, 12);
  });

  it('average of year-on-year changes over a window', () => {
    const r = project({ kind: 'average', window: null });
    const mean = (1969 / 1615 - 1 + (1910 / 1969 - 1) + (2408 / 1910 - 1) + (2685 / 2408 - 1)) / 4;
    expect(r.parameters.rate).toBeCloseTo(mean, 12);
    // (21.920% − 2.996% + 26.073% + 11.503%) / 4 = 14.125%
    expect(r.parameters.rate).toBeCloseTo(0.141249, 6);
    const w = project({ kind: 'average', window: { from: 2025, to: 2026 } });
    expect(w.parameters.rate).toBeCloseTo(2685 / 2408 - 1, 12);
  });

  it('linear trend 2022–2026: slope 257.9, 3,664.8 in 2030', () => {
    const r = project({ kind: 'linear', window: null });
    expect(r.parameters.slope).toBeCloseTo(257.9, 10);
    expect(r.points.at(-1)!.value).toBeCloseTo(3664.8, 9);
    expect(r.points[0]!.value).toBeCloseTo(2117.4 + 257.9 * 3, 9);
  });

  it('custom per-year rates; the last rate repeats', () => {
    const r = project({ kind: 'custom', rates: [0.1, 0.12, 0.08] }, 2030);
    expect(r.points.map((p) => p.value)).toEqual([
      2685 * 1.1,
      2685 * 1.1 * 1.12,
      2685 * 1.1 * 1.12 * 1.08,
      2685 * 1.1 * 1.12 * 1.08 * 1.08,
    ]);
  });

  it('refuses nonsense with a reason', () => {
    const fails = (method: ProjectionMethod, horizon = 2030, history = budget) => {
      const r = projectWithMethod(history, method, horizon);
      return r.ok ? 'ok' : r.reason;
    };
    expect(fails({ kind: 'growth', rate: -1 })).toBe('invalid-rate');
    expect(fails({ kind: 'growth', rate: -1.5 })).toBe('invalid-rate');
    expect(fails({ kind: 'custom', rates: [0.1, -1] })).toBe('invalid-rate');
    expect(fails({ kind: 'custom', rates: [] })).toBe('no-rates');
    expect(fails({ kind: 'cagr', window: { from: 2026, to: 2026 } })).toBe('window-too-short');
    expect(fails({ kind: 'linear', window: { from: 2020, to: 2026 } })).toBe('window-outside-history');
    expect(fails({ kind: 'growth', rate: 0.1 }, 2025)).toBe('horizon-before-base');
    expect(fails({ kind: 'growth', rate: 0.1 }, 2101)).toBe('horizon-too-far');
    expect(
      fails(
        { kind: 'cagr', window: null },
        2030,
        pts([
          [2024, 0],
          [2025, 10],
          [2026, 20],
        ]),
      ),
    ).toBe('nonpositive-base');
    expect(
      fails(
        { kind: 'cagr', window: null },
        2030,
        pts([
          [2024, -5],
          [2025, 10],
          [2026, 20],
        ]),
      ),
    ).toBe('nonpositive-base');
    expect(
      fails({ kind: 'average', window: null }, 2030, [
        { year: 2024, value: null, note: '' },
        ...pts([
          [2025, 10],
          [2026, 20],
        ]),
      ]),
    ).toBe('missing-window-value');
    expect(fails({ kind: 'linear', window: null }, 2030, pts([[2026, 20]]))).toBe('window-too-short');
  });

  it('describes what each method assumed', () => {
    expect(describeMethod('cagr', project({ kind: 'cagr', window: null }).parameters, 'ko')).toBe('CAGR 2022–2026: 연 +13.6%');
    expect(describeMethod('linear', project({ kind: 'linear', window: null }).parameters, 'en')).toBe('Linear trend 2022–2026: +257.9/yr');
    expect(describeMethod('growth', { rate: 0.115 }, 'ko')).toBe('반복 성장: 연 +11.5%');
  });

  it('splits a share of a projection', () => {
    expect(splitSeries([{ year: 2027, value: 280 }], 0.4)).toEqual([{ year: 2027, value: 112 }]);
    expect(() => splitSeries([], 1.5)).toThrow(RangeError);
  });
});

describe('goal seek', () => {
  it('rate to reach 5,000 by 2030 is 16.817%; at 11.5% it is first reached in 2032', () => {
    const rate = requiredRate(2026, 2685, 5000, 2030);
    expect(rate.ok && rate.value).toBeCloseTo(0.16817, 5);
    expect(yearReachedAtRate(2026, 2685, 0.115, 5000)).toEqual({ ok: true, value: 2032 });
    // 2,685 × 1.115⁵ = 4,627.2 < 5,000 ≤ 2,685 × 1.115⁶ = 5,159.3
    expect(2685 * 1.115 ** 5).toBeLessThan(5000);
    expect(2685 * 1.115 ** 6).toBeGreaterThan(5000);
  });

  it('slope for a straight line and the year the trend line reaches a target', () => {
    expect(requiredSlope(2026, 2685, 5000, 2030)).toEqual({ ok: true, value: (5000 - 2685) / 4 });
    const lin = project({ kind: 'linear', window: null });
    // 2117.4 + 257.9 (t − 2024) ≥ 5000 ⇒ t ≥ 2035.18 ⇒ 2036
    expect(yearReachedOnLine(2026, lin.parameters.intercept!, lin.parameters.slope!, 5000)).toEqual({ ok: true, value: 2036 });
  });

  it('refuses nonsense goals', () => {
    expect(requiredRate(2026, 2685, 5000, 2026)).toEqual({ ok: false, reason: 'target-year-before-base' });
    expect(requiredRate(2026, 0, 5000, 2030)).toEqual({ ok: false, reason: 'nonpositive-base' });
    expect(requiredRate(2026, 2685, -1, 2030)).toEqual({ ok: false, reason: 'nonpositive-target' });
    expect(yearReachedAtRate(2026, 2685, 0, 5000)).toEqual({ ok: false, reason: 'never-reached' });
    expect(yearReachedAtRate(2026, 2685, 0.1, 2000)).toEqual({ ok: true, value: 2026 });
  });

  it('goalSeek answers per method, walking the years for custom rates', () => {
    const growth = project({ kind: 'growth', rate: 0.115 });
    const g = goalSeek({ kind: 'growth', rate: 0.115 }, growth, 5000, 2030, budget);
    expect(g.reachedInYear).toEqual({ ok: true, value: 2032 });
    expect(g.requiredSlope).toBeNull();
    const method: ProjectionMethod = { kind: 'custom', rates: [0.2, 0.01] };
    const c = goalSeek(method, project(method), 3300, 2030, budget);
    // 2685·1.2 = 3222; ·1.01 = 3254.2; ·1.01 = 3286.8; ·1.01 = 3319.6 ≥ 3300 in 2030
    expect(c.reachedInYear).toEqual({ ok: true, value: 2030 });
  });
});

describe('properties', () => {
  const history = fc
    .array(fc.double({ min: 1, max: 1e5, noNaN: true }), { minLength: 2, maxLength: 12 })
    .map((values) => values.map((value, i) => ({ year: 2000 + i, value, note: '' })));

  it('CAGR reproduces both endpoints of its window', () => {
    fc.assert(
      fc.property(history, (h) => {
        const r = projectWithMethod(h, { kind: 'cagr', window: null }, 2050);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const n = h.length - 1;
        expect(h[0]!.value * (1 + r.parameters.rate!) ** n).toBeCloseTo(h[n]!.value, 6 - Math.ceil(Math.log10(h[n]!.value)));
        expect(r.parameters.rate).toBeCloseTo(cagr(h[0]!.value, h[n]!.value, n), 12);
      }),
    );
  });

  it('goal seek round-trips: growing at the required rate hits the target in the target year', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        (base, target, n) => {
          fc.pre(Math.abs(target / base - 1) > 1e-6);
          const r = requiredRate(2026, base, target, 2026 + n);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect((base * (1 + r.value) ** n) / target).toBeCloseTo(1, 9);
          if (target > base) expect(yearReachedAtRate(2026, base, r.value, target * (1 - 1e-12))).toEqual({ ok: true, value: 2026 + n });
        },
      ),
    );
  });

  it("a 0% rate is flat; scaling the history scales every method's projection", () => {
    fc.assert(
      fc.property(
        history,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.constantFrom<ProjectionMethod>(
          { kind: 'cagr', window: null },
          { kind: 'average', window: null },
          { kind: 'linear', window: null },
          { kind: 'growth', rate: 0.07 },
        ),
        (h, k, method) => {
          const flat = projectWithMethod(h, { kind: 'growth', rate: 0 }, 2030);
          if (flat.ok) for (const p of flat.points) expect(p.value).toBe(h.at(-1)!.value);
          const a = projectWithMethod(h, method, 2030);
          const b = projectWithMethod(
            h.map((p) => ({ ...p, value: p.value * k })),
            method,
            2030,
          );
          if (!a.ok || !b.ok) return;
          // Relative to the magnitudes involved: linear trends pass near zero, growth explodes.
          const scale = Math.max(...h.map((p) => p.value)) * k;
          a.points.forEach((p, i) =>
            expect(Math.abs(b.points[i]!.value - p.value * k)).toBeLessThanOrEqual(1e-9 * (Math.abs(p.value * k) + scale)),
          );
        },
      ),
    );
  });
});

describe('scenario comparison and sensitivity', () => {
  const workbook = {
    series: [{ id: 'b', name: '예산', unit: '억원', parentId: null, note: '', baselineScenarioId: 's1', points: budget }],
    scenarios: [
      { id: 's1', name: 'g', seriesId: 'b', method: { kind: 'growth', rate: 0.115 }, horizon: 2030, split: null, scope: 'series' },
      { id: 's2', name: 'l', seriesId: 'b', method: { kind: 'linear', window: null }, horizon: 2028, split: null, scope: 'series' },
    ],
  } as unknown as Workbook;

  it('has a row per year with each scenario and its difference from the baseline', () => {
    const { rows } = compareScenarios(workbook, 'b');
    expect(rows.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    const r2028 = rows.find((r) => r.year === 2028)!;
    const lin = 2117.4 + 257.9 * 4;
    expect(r2028.values.s2).toBeCloseTo(lin, 9);
    expect(r2028.diff.s2!.abs).toBeCloseTo(lin - 3338.059125, 6);
    expect(r2028.diff.s2!.pct).toBeCloseTo(lin / 3338.059125 - 1, 9);
    expect(r2028.diff.s1).toEqual({ abs: 0, pct: 0 });
    expect(rows.find((r) => r.year === 2030)!.values.s2).toBeNull();
    expect(rows[0]!.actual).toBe(1615);
  });

  it('sensitivity: 15% × 2030 = 2,685 × 1.15⁴', () => {
    const { rates, years } = sensitivityShape(2026, 2030, null);
    const table = sensitivityTable(2026, 2685, rates, years);
    expect(rates).toHaveLength(16);
    expect(years).toEqual([2027, 2028, 2029, 2030]);
    expect(table[rates.indexOf(0.15)]![3]).toBeCloseTo(2685 * 1.15 ** 4, 9);
    expect(table[0]![0]).toBeCloseTo(2685 * 1.05, 9);
  });

  it("sensitivity is centred on the scenario's own rate, which is a row of its own, and spans 4–30 years", () => {
    const own = sensitivityShape(2026, 2050, 0.115);
    expect(own.rates[own.ownIndex]).toBe(0.115);
    expect(own.rates[0]).toBeCloseTo(0.05, 12);
    expect(own.rates.at(-1)).toBeCloseTo(0.2, 12);
    expect(own.rates).toHaveLength(17);
    expect(own.years).toHaveLength(24);
    expect(sensitivityShape(2026, 2027, null).years).toEqual([2027, 2028, 2029, 2030]);
    expect(sensitivityShape(2026, 2100, null).years).toHaveLength(30);
    const negative = sensitivityShape(2026, 2030, -0.03);
    expect(negative.rates[negative.ownIndex]).toBe(-0.03);
    expect(negative.rates[0]).toBeCloseTo(-0.1, 12);
  });
});
