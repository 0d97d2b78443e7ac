/**
 * A derived series' formula for one year as an Excel formula over the cells of the series it reads, so the
 * briefing keeps it live: change an input in Excel or LibreOffice and the derived cell follows with the
 * value the app computes. Unit conversions are written as the evaluator applies them (formula-eval.ts);
 * a year the app leaves empty (a division by zero) is empty in Excel too (IFERROR).
 */
import { isMoneyUnit, unitFactor } from '../units';
import { formulaUnit } from './formula-eval';
import type { FormulaNode } from './formula-parse';

/** Where a series' value for a year is (an A1 reference), or null when no cell holds it. */
export type CellRef = (name: string, year: number) => string | null;

class NoCell extends Error {}

const unitOf = (node: FormulaNode, unit: (name: string) => string): string => {
  const u = formulaUnit(node, unit);
  return u.ok ? u.unit : '';
};
const isNumber = (n: FormulaNode) => n.kind === 'number' || (n.kind === 'negate' && n.arg.kind === 'number');
const times = (text: string, f: number) => (f === 1 ? text : `${text}*${f}`);
/** Excel functions write as one term; everything else that is not a cell or a number is bracketed as an operand. */
const ATOMIC = new Set(['ROUND', 'IF', 'SUM', 'AVG', 'MIN', 'MAX']);
const operand = (node: FormulaNode, text: string) =>
  node.kind === 'series' || (node.kind === 'number' && node.value >= 0) || (node.kind === 'call' && ATOMIC.has(node.fn))
    ? text
    : `(${text})`;

/** The Excel text of a formula in `year`, or null when an input has no cell to refer to (the value is written instead). */
export function formulaToExcel(node: FormulaNode, year: number, ref: CellRef, unit: (name: string) => string): string | null {
  try {
    return `IFERROR(${excel(node, year, ref, unit)},"")`;
  } catch (e) {
    if (e instanceof NoCell) return null;
    throw e;
  }
}

/** A number argument that must be constant in Excel (LAG's n, REAL's base year). */
function constant(node: FormulaNode): number {
  if (node.kind === 'number') return node.value;
  if (node.kind === 'negate' && node.arg.kind === 'number') return -node.arg.value;
  throw new NoCell();
}

function excel(node: FormulaNode, year: number, ref: CellRef, unit: (name: string) => string): string {
  const x = (n: FormulaNode, y = year) => excel(n, y, ref, unit);
  switch (node.kind) {
    case 'number':
      return String(node.value);
    case 'series': {
      const r = ref(node.name, year);
      if (r === null) throw new NoCell();
      return r;
    }
    case 'negate':
      return `-(${x(node.arg)})`;
    case 'binary': {
      const a = isNumber(node.left) ? '' : unitOf(node.left, unit);
      const b = isNumber(node.right) ? '' : unitOf(node.right, unit);
      const L = operand(node.left, x(node.left));
      const R = operand(node.right, x(node.right));
      switch (node.op) {
        case '+':
        case '-':
          return `${L}${node.op}${a && b && a !== b ? times(R, unitFactor(b, a) ?? 1) : R}`;
        case '*':
          return `${L}*${R}`;
        case '/': {
          const f = a !== b && isMoneyUnit(a) && isMoneyUnit(b) ? 1 / (unitFactor(b, a) ?? 1) : 1;
          return times(`${L}/${R}`, f);
        }
        default: {
          const op = node.op === '==' ? '=' : node.op === '!=' ? '<>' : node.op;
          return `IF(${L}${op}${R},1,0)`;
        }
      }
    }
    case 'call':
      return call(node, year, ref, unit);
  }
}

function call(node: Extract<FormulaNode, { kind: 'call' }>, year: number, ref: CellRef, unit: (name: string) => string): string {
  const x = (n: FormulaNode, y = year) => excel(n, y, ref, unit);
  const [a, b, c] = node.args;
  switch (node.fn) {
    case 'YOY':
      return `((${x(a!)})/(${x(a!, year - 1)})-1)*100`;
    case 'LAG':
      return x(a!, year - Math.trunc(constant(b!)));
    case 'SHARE': {
      if (a!.kind !== 'series') throw new NoCell();
      const parent = ref(parentKey(a!.name), year);
      if (parent === null) throw new NoCell();
      return `${operand(a!, x(a!))}/${parent}*100`;
    }
    case 'REAL':
      return `${operand(a!, x(a!))}/${operand(b!, x(b!))}*${operand(b!, x(b!, Math.trunc(constant(c!))))}`;
    case 'ROUND':
      return `ROUND(${x(a!)},${x(b!)})`;
    case 'IF':
      return `IF(${x(a!)},${x(b!)},${x(c!)})`;
    default: {
      // Every argument in the first one's unit, as the evaluator adds them.
      const first = unitOf(a!, unit);
      const args = node.args.map((arg, i) => {
        const u = isNumber(arg) ? '' : unitOf(arg, unit);
        return i > 0 && u && first && u !== first ? times(`(${x(arg)})`, unitFactor(u, first) ?? 1) : x(arg);
      });
      return `${node.fn === 'AVG' ? 'AVERAGE' : node.fn}(${args.join(',')})`;
    }
  }
}

const PARENT = '\u0000parent:';
/** The key a CellRef is asked for a series' parent group (SHARE): the ref resolves it to the parent's cell. */
export const parentKey = (name: string): string => `${PARENT}${name}`;
/** The series whose parent group a CellRef key asks for, or null when the key names a series itself. */
export const parentKeyOf = (key: string): string | null => (key.startsWith(PARENT) ? key.slice(PARENT.length) : null);
