/**
 * A derived series' formula, parsed: `=[신규과제] / [예산 총액] * 100`, `=YOY([예산 총액])`. Series are named in
 * square brackets; the expression around them is parsed by jsep (a small, well-kept expression parser) and
 * turned into the few node kinds the evaluator knows. Anything else jsep reads (strings, members, `this`,
 * bitwise and logical operators) is refused here, so evaluation never meets it: numbers only, no eval.
 */
import jsep from 'jsep';
import { LIMITS } from '../limits';

/** Functions a formula may call, with how many arguments each takes (min, max). */
export const FORMULA_FUNCTIONS = {
  YOY: [1, 1],
  LAG: [2, 2],
  SHARE: [1, 1],
  REAL: [3, 3],
  SUM: [1, 32],
  AVG: [1, 32],
  MIN: [1, 32],
  MAX: [1, 32],
  ROUND: [2, 2],
  IF: [3, 3],
} as const satisfies Record<string, readonly [number, number]>;

/** A function's name. */
export type FormulaFunction = keyof typeof FORMULA_FUNCTIONS;

/** Operators a formula may use (× ÷ − ≤ ≥ ≠ <> and a lone = are read as these). */
export type FormulaOperator = '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' | '==' | '!=';

/** A parsed formula. */
export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'series'; name: string }
  | { kind: 'negate'; arg: FormulaNode }
  | { kind: 'binary'; op: FormulaOperator; left: FormulaNode; right: FormulaNode }
  | { kind: 'call'; fn: FormulaFunction; args: FormulaNode[] };

/** Why a formula cannot be used. */
export type FormulaProblem =
  | { code: 'formulaTooLong'; max: number }
  | { code: 'formulaTooDeep'; max: number }
  | { code: 'formulaSyntax'; at: number }
  | { code: 'formulaEmpty' }
  | { code: 'formulaUnknownFunction'; name: string }
  | { code: 'formulaArguments'; name: string; min: number; max: number }
  | { code: 'formulaUnknownName'; name: string }
  | { code: 'formulaCycle'; names: string[] }
  | { code: 'formulaUnits'; left: string; right: string };

/** A parse's outcome: the formula and the series it names, or the first problem. */
export type ParsedFormula = { ok: true; node: FormulaNode; names: string[] } | { ok: false; problem: FormulaProblem };

const OPERATORS = new Set<string>(['+', '-', '*', '/', '<', '<=', '>', '>=', '==', '!=']);
// jsep's operators the language does not have: refused at parse time (a clear message, not a surprise).
for (const op of ['||', '&&', '|', '^', '&', '===', '!==', '<<', '>>', '>>>', '%', '??']) jsep.removeBinaryOp(op);
for (const op of ['!', '~']) jsep.removeUnaryOp(op);

/** Placeholder identifiers for bracketed names (jsep reads identifiers, not `[예산 총액]`). */
const slot = (i: number) => `__s${i}`;

/** Rewrites the typed text into what jsep reads: names to slots, typographic operators to ASCII. */
function prepare(text: string): { source: string; names: string[] } | { at: number } {
  const names: string[] = [];
  let source = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '[') {
      const close = text.indexOf(']', i + 1);
      const name = close < 0 ? '' : text.slice(i + 1, close).trim();
      if (close < 0 || name === '' || name.includes('[')) return { at: i };
      let k = names.indexOf(name);
      if (k < 0) k = names.push(name) - 1;
      source += slot(k);
      i = close;
    } else if (c === ']') return { at: i };
    else if (c === '×') source += '*';
    else if (c === '÷') source += '/';
    else if (c === '−' || c === '–') source += '-';
    else if (c === '≤') source += '<=';
    else if (c === '≥') source += '>=';
    else if (c === '≠') source += '!=';
    else if (c === '<' && text[i + 1] === '>') {
      source += '!=';
      i++;
    } else if (c === '=' && !'<>=!'.includes(text[i - 1] ?? '') && text[i + 1] !== '=')
      source += '=='; // Excel's = compares
    else source += c;
  }
  return { source, names };
}

/** Parses a formula as typed (a leading = is optional). */
export function parseFormula(typed: string): ParsedFormula {
  const text = typed.trim().replace(/^=/, '');
  if (text.length > LIMITS.formulaChars) return { ok: false, problem: { code: 'formulaTooLong', max: LIMITS.formulaChars } };
  if (text.trim() === '') return { ok: false, problem: { code: 'formulaEmpty' } };
  const prepared = prepare(text);
  if ('at' in prepared) return { ok: false, problem: { code: 'formulaSyntax', at: prepared.at + 1 } };
  let tree: jsep.Expression;
  try {
    tree = jsep(prepared.source);
  } catch (e) {
    const at = typeof (e as { index?: unknown }).index === 'number' ? (e as { index: number }).index : 0;
    return { ok: false, problem: { code: 'formulaSyntax', at: at + 1 } };
  }
  try {
    return { ok: true, node: convert(tree, prepared.names, 0), names: prepared.names };
  } catch (e) {
    if (e instanceof FormulaError) return { ok: false, problem: e.problem };
    throw e;
  }
}

class FormulaError extends Error {
  constructor(readonly problem: FormulaProblem) {
    super(problem.code);
  }
}

/** jsep's tree to the formula's nodes, refusing what the language does not have. */
function convert(e: jsep.Expression, names: readonly string[], depth: number): FormulaNode {
  if (depth > LIMITS.formulaDepth) throw new FormulaError({ code: 'formulaTooDeep', max: LIMITS.formulaDepth });
  const next = (x: jsep.Expression) => convert(x, names, depth + 1);
  switch (e.type) {
    case 'Literal': {
      const value = (e as jsep.Literal).value;
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new FormulaError({ code: 'formulaSyntax', at: 1 });
      return { kind: 'number', value };
    }
    case 'Identifier': {
      const id = (e as jsep.Identifier).name;
      const m = /^__s(\d+)$/.exec(id);
      if (m) return { kind: 'series', name: names[Number(m[1])]! };
      // A bare word: a series named without brackets is not one (names have spaces and particles).
      throw new FormulaError({ code: 'formulaUnknownName', name: id });
    }
    case 'UnaryExpression': {
      const u = e as jsep.UnaryExpression;
      if (u.operator === '-') return { kind: 'negate', arg: next(u.argument) };
      if (u.operator === '+') return next(u.argument);
      throw new FormulaError({ code: 'formulaSyntax', at: 1 });
    }
    case 'BinaryExpression': {
      const b = e as jsep.BinaryExpression;
      if (!OPERATORS.has(b.operator)) throw new FormulaError({ code: 'formulaSyntax', at: 1 });
      return { kind: 'binary', op: b.operator as FormulaOperator, left: next(b.left), right: next(b.right) };
    }
    case 'CallExpression': {
      const c = e as jsep.CallExpression;
      if (c.callee.type !== 'Identifier') throw new FormulaError({ code: 'formulaSyntax', at: 1 });
      const name = (c.callee as jsep.Identifier).name.toUpperCase();
      if (!(name in FORMULA_FUNCTIONS)) throw new FormulaError({ code: 'formulaUnknownFunction', name });
      const fn = name as FormulaFunction;
      const [min, max] = FORMULA_FUNCTIONS[fn];
      if (c.arguments.length < min || c.arguments.length > max) throw new FormulaError({ code: 'formulaArguments', name, min, max });
      return { kind: 'call', fn, args: c.arguments.map(next) };
    }
    default:
      throw new FormulaError({ code: 'formulaSyntax', at: 1 });
  }
}

/** The formula with a series renamed (every `[old]` becomes `[new]`), as typed otherwise. */
export function renameInFormula(text: string, from: string, to: string): string {
  return text.replace(/\[([^[\]]*)\]/g, (m, name: string) => (name.trim() === from ? `[${to}]` : m));
}
