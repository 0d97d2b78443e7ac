/**
 * What writing texts into a grid's cells would do — typed, pasted, filled, cut or cleared — as
 * edits (applied as one undo step), the changes a person reviews before a paste is applied, and
 * the cells that cannot take their text, with why. Each grid has its own planner; they share this.
 */
import { checkEdit, type EditProblem } from '../edit-checks';
import type { Workbook } from '../types';
import type { WorkbookEdit } from '../workbook-edits';

/** Why a text was not written into a cell. */
export type WriteProblem =
  | { code: 'notNumber' }
  | { code: 'unitMismatch'; unit: string }
  | { code: 'notYear' }
  | { code: 'notCount' }
  | { code: 'readOnly' }
  | { code: 'outside' }
  | { code: 'emptyName' }
  | { code: 'edit'; problem: EditProblem };

/** A cell as a person names it: its row (a series, a year, a center; `newRow` counts rows a paste adds) and column id. */
export interface CellLabel {
  row: string;
  colId: string;
  newRow?: number;
}

/** A cell value as the grids hold it. */
export type CellValue = string | number | null;

/** One cell that a write changes. */
export interface CellChange {
  where: CellLabel;
  before: CellValue;
  after: CellValue;
  /** Unit of a number, when it has one (for the review). */
  unit?: string;
  /** The number is a year (shown without thousands separators). */
  year?: true;
}

/** One cell that cannot take its text. */
export interface CellProblem {
  where: CellLabel;
  text: string;
  problem: WriteProblem;
}

/** The outcome of planning writes. */
export interface SheetPlan {
  edits: WorkbookEdit[];
  changes: CellChange[];
  problems: CellProblem[];
  /** Rows (series, centers) and years the writes add. */
  added: { rows: number; years: number };
}

/** Collects a plan while a planner walks its writes. */
export class PlanBuilder {
  readonly growth: WorkbookEdit[] = [];
  readonly edits: WorkbookEdit[] = [];
  readonly changes: CellChange[] = [];
  readonly problems: CellProblem[] = [];
  rows = 0;
  years = 0;

  constructor(readonly workbook: Workbook) {}

  /** Records a refused cell. */
  refuse(where: CellLabel, text: string, problem: WriteProblem): void {
    this.problems.push({ where, text, problem });
  }

  /** Records an edit for a cell unless the workbook's limits refuse it; returns whether it was kept. */
  change(where: CellLabel, text: string, edit: WorkbookEdit, before: CellValue, after: CellValue, unit?: string, year?: boolean): boolean {
    const problem = checkEdit(this.workbook, edit);
    if (problem) {
      this.refuse(where, text, { code: 'edit', problem });
      return false;
    }
    this.edits.push(edit);
    this.changes.push({ where, before, after, ...(unit !== undefined && { unit }), ...(year && { year: true as const }) });
    return true;
  }

  /** The plan: rows and years added first, then the cell edits. */
  build(): SheetPlan {
    return {
      edits: [...this.growth, ...this.edits],
      changes: this.changes,
      problems: this.problems,
      added: { rows: this.rows, years: this.years },
    };
  }
}

/** Whether a cell's value stays what it is (no edit, no change to review). */
export function sameCell(a: CellValue, b: CellValue): boolean {
  // Infinity (1e400 typed) is never "the same" as a value: it goes on to the range check and its message.
  if (typeof a === 'number' && typeof b === 'number')
    return Number.isFinite(a) && Number.isFinite(b) ? Math.abs(a - b) <= Math.max(1e-12, Math.abs(b) * 1e-12) : a === b;
  return (a ?? '') === (b ?? '');
}

/** The plan's edits as one undoable step (null when nothing changes). */
export function planEdit(plan: SheetPlan): WorkbookEdit | null {
  if (plan.edits.length === 0) return null;
  return plan.edits.length === 1 ? plan.edits[0]! : { kind: 'batch', edits: plan.edits };
}
