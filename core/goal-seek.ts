/**
 * Goal seek in closed form:
 * - rate needed to grow v_b to target T in n = year − b years:  r = (T / v_b)^(1/n) − 1
 * - first year T is reached at rate r > 0:                      b + ⌈ln(T / v_b) / ln(1 + r)⌉
 * - slope needed for a straight line from v_b to T:             s = (T − v_b) / n
 * - first year a line v(t) = a + s·t reaches T (s > 0):          ⌈(T − a) / s⌉
 */

/** A goal-seek answer or why there is none. */
export type GoalResult<T> =
  { ok: true; value: T } | { ok: false; reason: 'target-year-before-base' | 'nonpositive-base' | 'nonpositive-target' | 'never-reached' };

// Guards ⌈x⌉ against x = 5.000000000001 from rounding when the target is hit exactly.
const ceil = (x: number) => Math.ceil(x - 1e-9);

/** Constant annual rate that turns `baseValue` in `baseYear` into `target` in `targetYear`. */
export function requiredRate(baseYear: number, baseValue: number, target: number, targetYear: number): GoalResult<number> {
  if (targetYear <= baseYear) return { ok: false, reason: 'target-year-before-base' };
  if (baseValue <= 0) return { ok: false, reason: 'nonpositive-base' };
  if (target <= 0) return { ok: false, reason: 'nonpositive-target' };
  return { ok: true, value: Math.pow(target / baseValue, 1 / (targetYear - baseYear)) - 1 };
}

/** First year a value growing at `rate` from `baseValue` reaches `target` (the base year if already there). */
export function yearReachedAtRate(baseYear: number, baseValue: number, rate: number, target: number): GoalResult<number> {
  if (baseValue <= 0) return { ok: false, reason: 'nonpositive-base' };
  if (target <= baseValue) return { ok: true, value: baseYear };
  if (!(rate > 0)) return { ok: false, reason: 'never-reached' };
  return { ok: true, value: baseYear + ceil(Math.log(target / baseValue) / Math.log(1 + rate)) };
}

/** Slope (per year) a straight line from `baseValue` needs to reach `target` by `targetYear`. */
export function requiredSlope(baseYear: number, baseValue: number, target: number, targetYear: number): GoalResult<number> {
  if (targetYear <= baseYear) return { ok: false, reason: 'target-year-before-base' };
  return { ok: true, value: (target - baseValue) / (targetYear - baseYear) };
}

/** First year after `baseYear` the line intercept + slope·year reaches `target`. */
export function yearReachedOnLine(baseYear: number, intercept: number, slope: number, target: number): GoalResult<number> {
  const atBase = intercept + slope * baseYear;
  if (atBase >= target) return { ok: true, value: baseYear };
  if (!(slope > 0)) return { ok: false, reason: 'never-reached' };
  return { ok: true, value: Math.max(baseYear + 1, ceil((target - intercept) / slope)) };
}
