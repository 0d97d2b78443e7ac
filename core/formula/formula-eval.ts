/**
 * A formula's value in one year, and its unit. Evaluation walks the parsed nodes over numbers only: a
 * series' value in a year comes from the context (history, or a scenario's projection), a year that
 * lacks an input or divides by zero gives no value and the reason, never NaN, Infinity or 0.
 */
import { isMoneyUnit, unitFactor } from '../units';
import type { FormulaNode, FormulaProblem } from './formula-parse';

/** What a formula reads: a series' value in a year, its unit, and the group it belongs to (for SHARE). */
export interface FormulaContext {
  value: (name: string, year: number) => number | null;
  unit: (name: string) => string;
  parent: (name: string) => string | null;
}

/** Why a year has no value. */
export type FormulaGap =
  { code: 'missing'; name: string; year: number } | { code: 'divideByZero' } | { code: 'noParent'; name: string } | { code: 'tooLarge' };

/** A year's value, or why there is none. */
export type FormulaValue = { ok: true; value: number } | { ok: false; gap: FormulaGap };

const gap = (g: FormulaGap): FormulaValue => ({ ok: false, gap: g });
const num = (value: number): FormulaValue => (Number.isFinite(value) ? { ok: true, value } : gap({ code: 'tooLarge' }));

/**
 * The unit of a formula, worked out from its inputs: a ratio of the same unit has none (× 100 makes it
 * %), a ratio of different units is `a/b` (억원/개), sums need one unit (money units convert to the
 * first's); SHARE and YOY are %. A sum of different units is a problem.
 */
export function formulaUnit(
  node: FormulaNode,
  unitOf: (name: string) => string,
): { ok: true; unit: string } | { ok: false; problem: FormulaProblem } {
  try {
    return { ok: true, unit: unitIn(node, unitOf) };
  } catch (e) {
    if (e instanceof UnitClash) return { ok: false, problem: { code: 'formulaUnits', left: e.left, right: e.right } };
    throw e;
  }
}

class UnitClash extends Error {
  constructor(
    readonly left: string,
    readonly right: string,
  ) {
    super('units');
  }
}

/** One unit for values added, compared or chosen between (a bare number takes the other's unit). */
function sameUnit(a: string, b: string, aIsNumber: boolean, bIsNumber: boolean): string {
  if (a === b || bIsNumber) return a;
  if (aIsNumber) return b;
  if (isMoneyUnit(a) && isMoneyUnit(b)) return a;
  throw new UnitClash(a, b);
}

const isNumber = (n: FormulaNode) => n.kind === 'number' || (n.kind === 'negate' && n.arg.kind === 'number');

function unitIn(node: FormulaNode, unitOf: (name: string) => string): string {
  const u = (n: FormulaNode) => unitIn(n, unitOf);
  switch (node.kind) {
    case 'number':
      return '';
    case 'series':
      return unitOf(node.name);
    case 'negate':
      return u(node.arg);
    case 'binary': {
      const a = u(node.left);
      const b = u(node.right);
      switch (node.op) {
        case '+':
        case '-':
          return sameUnit(a, b, isNumber(node.left), isNumber(node.right));
        case '*': {
          // A ratio times 100 is a percentage.
          const hundred = (n: FormulaNode) => n.kind === 'number' && n.value === 100;
          if ((a === '' && hundred(node.right)) || (b === '' && hundred(node.left))) return a === '' && b === '' ? '%' : a || b;
          if (a === '' || b === '') return a || b;
          return `${a}·${b}`;
        }
        case '/':
          if (a === b || (isMoneyUnit(a) && isMoneyUnit(b))) return '';
          if (b === '') return a;
          return `${a || '1'}/${b}`;
        default:
          sameUnit(a, b, isNumber(node.left), isNumber(node.right));
          return '';
      }
    }
    case 'call': {
      const args = node.args.map(u);
      switch (node.fn) {
        case 'YOY':
        case 'SHARE':
          return '%';
        case 'LAG':
        case 'REAL':
        case 'ROUND':
          return args[0]!;
        case 'IF':
          return sameUnit(args[1]!, args[2]!, isNumber(node.args[1]!), isNumber(node.args[2]!));
        default:
          return args.reduce((acc, x, i) => (i === 0 ? x : sameUnit(acc, x, false, isNumber(node.args[i]!))));
      }
    }
  }
}

/** Excel's ROUND: half away from zero, to `digits` places (negative digits round to tens, hundreds…). */
function round(x: number, digits: number): number {
  const f = 10 ** Math.trunc(digits);
  const r = Math.round(Math.abs(x) * f + Number.EPSILON * Math.abs(x) * f) / f;
  return x < 0 ? -r : r;
}

/** The formula's value in `year`. */
export function evaluateFormula(node: FormulaNode, year: number, ctx: FormulaContext): FormulaValue {
  const at = (n: FormulaNode, y = year) => evaluateFormula(n, y, ctx);
  switch (node.kind) {
    case 'number':
      return num(node.value);
    case 'series': {
      const v = ctx.value(node.name, year);
      return v === null ? gap({ code: 'missing', name: node.name, year }) : num(v);
    }
    case 'negate': {
      const v = at(node.arg);
      return v.ok ? num(-v.value) : v;
    }
    case 'binary':
      return binary(node, year, ctx);
    case 'call':
      return call(node, year, ctx);
  }
}

/** Values added or subtracted in the left side's unit (money converts; the units were checked on entry). */
function inLeftUnit(node: Extract<FormulaNode, { kind: 'binary' }>, right: number, ctx: FormulaContext): number {
  const unitOf = (n: FormulaNode) => unitIn(n, ctx.unit);
  const a = isNumber(node.left) ? '' : unitOf(node.left);
  const b = isNumber(node.right) ? '' : unitOf(node.right);
  if (a === '' || b === '' || a === b) return right;
  return right * (unitFactor(b, a) ?? 1);
}

function binary(node: Extract<FormulaNode, { kind: 'binary' }>, year: number, ctx: FormulaContext): FormulaValue {
  const l = evaluateFormula(node.left, year, ctx);
  if (!l.ok) return l;
  const r = evaluateFormula(node.right, year, ctx);
  if (!r.ok) return r;
  const a = l.value;
  switch (node.op) {
    case '+':
      return num(a + inLeftUnit(node, r.value, ctx));
    case '-':
      return num(a - inLeftUnit(node, r.value, ctx));
    case '*':
      return num(a * r.value);
    case '/':
      if (r.value === 0) return gap({ code: 'divideByZero' });
      // A ratio of two money units compares like with like (억원 over 백만원).
      return num((a / r.value) * ratioFactor(node, ctx));
    case '<':
      return num(a < r.value ? 1 : 0);
    case '<=':
      return num(a <= r.value ? 1 : 0);
    case '>':
      return num(a > r.value ? 1 : 0);
    case '>=':
      return num(a >= r.value ? 1 : 0);
    case '==':
      return num(a === r.value ? 1 : 0);
    case '!=':
      return num(a !== r.value ? 1 : 0);
  }
}

/** The factor that puts the denominator of a money ratio in the numerator's unit. */
function ratioFactor(node: Extract<FormulaNode, { kind: 'binary' }>, ctx: FormulaContext): number {
  const a = unitIn(node.left, ctx.unit);
  const b = unitIn(node.right, ctx.unit);
  return a !== b && isMoneyUnit(a) && isMoneyUnit(b) ? 1 / (unitFactor(b, a) ?? 1) : 1;
}

function call(node: Extract<FormulaNode, { kind: 'call' }>, year: number, ctx: FormulaContext): FormulaValue {
  const at = (n: FormulaNode, y = year) => evaluateFormula(n, y, ctx);
  const [x, second, third] = node.args;
  switch (node.fn) {
    case 'YOY': {
      const now = at(x!);
      if (!now.ok) return now;
      const before = at(x!, year - 1);
      if (!before.ok) return before;
      return before.value === 0 ? gap({ code: 'divideByZero' }) : num((now.value / before.value - 1) * 100);
    }
    case 'LAG': {
      const n = at(second!);
      if (!n.ok) return n;
      return at(x!, year - Math.trunc(n.value));
    }
    case 'SHARE': {
      if (x!.kind !== 'series') return gap({ code: 'noParent', name: '' });
      const parent = ctx.parent(x!.name);
      if (parent === null) return gap({ code: 'noParent', name: x!.name });
      const part = at(x!);
      if (!part.ok) return part;
      const whole = ctx.value(parent, year);
      if (whole === null) return gap({ code: 'missing', name: parent, year });
      return whole === 0 ? gap({ code: 'divideByZero' }) : num((part.value / whole) * 100);
    }
    case 'REAL': {
      const base = at(third!);
      if (!base.ok) return base;
      const value = at(x!);
      if (!value.ok) return value;
      const deflator = at(second!);
      if (!deflator.ok) return deflator;
      const atBase = at(second!, Math.trunc(base.value));
      if (!atBase.ok) return atBase;
      return deflator.value === 0 ? gap({ code: 'divideByZero' }) : num((value.value / deflator.value) * atBase.value);
    }
    case 'ROUND': {
      const v = at(x!);
      if (!v.ok) return v;
      const digits = at(second!);
      return digits.ok ? num(round(v.value, digits.value)) : digits;
    }
    case 'IF': {
      const cond = at(x!);
      if (!cond.ok) return cond;
      return at(cond.value !== 0 ? second! : third!);
    }
    default: {
      const values: number[] = [];
      for (const [i, a] of node.args.entries()) {
        const v = at(a);
        if (!v.ok) return v;
        // Sums in the first argument's unit, as + does.
        const unitA = unitIn(node.args[0]!, ctx.unit);
        const unitI = unitIn(a, ctx.unit);
        values.push(i > 0 && !isNumber(a) && unitA !== unitI ? v.value * (unitFactor(unitI, unitA) ?? 1) : v.value);
      }
      if (node.fn === 'SUM') return num(values.reduce((s, v) => s + v, 0));
      if (node.fn === 'AVG') return num(values.reduce((s, v) => s + v, 0) / values.length);
      return num(node.fn === 'MIN' ? Math.min(...values) : Math.max(...values));
    }
  }
}

/** The first loop of formulas through `start` (names, start first and last), or null. */
export function formulaCycle(start: string, uses: (name: string) => readonly string[] | null): string[] | null {
  const path: string[] = [];
  const done = new Set<string>();
  const visit = (name: string): string[] | null => {
    if (path.includes(name)) return [...path.slice(path.indexOf(name)), name];
    if (done.has(name)) return null;
    const inputs = uses(name);
    if (!inputs) return null;
    path.push(name);
    for (const next of inputs) {
      const loop = visit(next);
      if (loop) return loop;
    }
    path.pop();
    done.add(name);
    return null;
  };
  return visit(start);
}
