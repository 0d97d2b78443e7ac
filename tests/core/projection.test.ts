import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultGrowthRate, repeatGrowth } from '../../core/projection';
import { projectWithMethod } from '../../core/projection-methods';
import type { SeriesPoint } from '../../core/types';

const budget: SeriesPoint[] = [
  [2022, 1615],
  [2023, 1969],
  [2024, 1910],
  [2025, 2408],
  [2026, 2685],
].map(([year, value]) => ({ year: year!, value: value!, note: '' }));

describe('repeat-growth projection', () => {
  it('repeats 11.5% from 2,685 to 2030 exactly as by hand', () => {
    const pts = repeatGrowth(2026, 2685, 0.115, 2030);
    expect(pts.map((p) => p.year)).toEqual([2027, 2028, 2029, 2030]);
    // 2685 × 1.115 = 2993.775; × 1.115 = 3338.059125; × 1.115 = 3721.935924…; × 1.115 = 4149.958555…
    expect(pts[0]!.value).toBeCloseTo(2993.775, 9);
    expect(pts[1]!.value).toBeCloseTo(3338.059125, 9);
    expect(pts[2]!.value).toBeCloseTo(3721.935924375, 9);
    expect(pts[3]!.value).toBeCloseTo(4149.958555678, 8);
  });

  it('defaults to the last year-on-year change rounded to 0.1 point (2,685 / 2,408 − 1 = 11.503% → 11.5%)', () => {
    expect(defaultGrowthRate(budget)).toBe(0.115);
    const result = projectWithMethod(budget, { kind: 'growth', rate: null }, 2030);
    expect(result.ok && result.points.at(-1)!.value).toBeCloseTo(4149.959, 3);
  });

  it('uses an explicit rate and horizon', () => {
    const result = projectWithMethod(budget, { kind: 'growth', rate: 0.13 }, 2028);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.baseYear).toBe(2026);
    expect(result.points.map((p) => p.year)).toEqual([2027, 2028]);
    expect(result.points[1]!.value).toBeCloseTo(2685 * 1.13 * 1.13, 9);
  });

  it('says why it cannot project', () => {
    const reason = (points: SeriesPoint[], rate: number | null, horizon: number) => {
      const r = projectWithMethod(points, { kind: 'growth', rate }, horizon);
      return r.ok ? 'ok' : r.reason;
    };
    expect(reason([], null, 2030)).toBe('empty-series');
    // A year added and not yet filled in: the projection goes on from the last year with a value.
    expect(reason([...budget, { year: 2027, value: null, note: '' }], 0.1, 2030)).toBe('ok');
    expect(reason([{ year: 2027, value: null, note: '' }], 0.1, 2030)).toBe('missing-base');
    expect(reason([{ year: 2026, value: 10, note: '' }], null, 2030)).toBe('no-rate');
    expect(reason(budget, -1, 2030)).toBe('invalid-rate');
    expect(reason(budget, Number.NaN, 2030)).toBe('invalid-rate');
    expect(reason(budget, 0.1, 2026)).toBe('horizon-before-base');
  });

  it('a 0% rate is flat and scaling the base scales every projected value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (base, rate, k) => {
          for (const p of repeatGrowth(2026, base, 0, 2035)) expect(p.value).toBe(base);
          const a = repeatGrowth(2026, base, rate, 2035);
          const b = repeatGrowth(2026, base * k, rate, 2035);
          a.forEach((p, i) => expect(b[i]!.value).toBeCloseTo(p.value * k, 6 - Math.log10(Math.max(1, p.value * k))));
        },
      ),
    );
  });
});
