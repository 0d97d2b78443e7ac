/**
 * Writing into the center list: text fields as typed (trimmed), 구축연도 and 장비 수 read as numbers
 * with their ranges; columns in the order shown; rows past the end become new centers.
 */
import { parseNumberInput } from '../format';
import { LIMITS } from '../limits';
import { nextPrefixedId } from '../ids';
import type { Center, CenterField, Workbook } from '../types';
import { PlanBuilder, sameCell, type CellLabel, type SheetPlan, type WriteProblem } from './sheet-plan';
import type { CellWrite } from './range';

const FIELDS = new Set<string>(['name', 'institution', 'region', 'field', 'established', 'equipment']);

/** The grid as shown: center ids by row, column ids by column. */
export interface CenterView {
  rowIds: readonly string[];
  colIds: readonly string[];
}

/** Reads a text for a center field: the value to store, or why it cannot be stored. */
function readCenterValue(
  field: CenterField,
  text: string,
): { ok: true; value: string | number | null } | { ok: false; problem: WriteProblem } {
  if (field !== 'established' && field !== 'equipment') return { ok: true, value: text.trim() };
  const n = parseNumberInput(text);
  if (n === null) return { ok: true, value: null };
  if (Number.isNaN(n)) return { ok: false, problem: { code: 'notNumber' } };
  if (field === 'established')
    return Number.isInteger(n) && n >= LIMITS.yearMin && n <= LIMITS.yearMax
      ? { ok: true, value: n }
      : { ok: false, problem: { code: 'notYear' } };
  return Number.isInteger(n) && n >= 0 ? { ok: true, value: n } : { ok: false, problem: { code: 'notCount' } };
}

/** Plans writes into the center grid. */
export function planCenterWrites(wb: Workbook, view: CenterView, writes: readonly CellWrite[]): SheetPlan {
  const plan = new PlanBuilder(wb);
  const byId = new Map(wb.centers.rows.map((c) => [c.id, c]));
  // New centers by how far past the last row they are, created only when a value lands in them.
  const fresh = new Map<number, Center>();
  const allocated: { id: string }[] = [...wb.centers.rows];
  const newCenter = (k: number): Center => {
    let c = fresh.get(k);
    if (!c) {
      const id = nextPrefixedId('c', allocated);
      allocated.push({ id });
      c = { id, name: '', institution: '', region: '', field: '', established: null, equipment: null };
      fresh.set(k, c);
    }
    return c;
  };
  const pending: { k: number; center: Center }[] = [];

  for (const w of writes) {
    const colId = view.colIds[w.col];
    const isNew = w.row >= view.rowIds.length;
    const existing = isNew ? undefined : byId.get(view.rowIds[w.row]!);
    const where: CellLabel = isNew
      ? { row: '', colId: colId ?? '', newRow: w.row - view.rowIds.length + 1 }
      : { row: existing?.name || `#${w.row + 1}`, colId: colId ?? '' };
    if (colId === undefined) {
      plan.refuse(where, w.text, { code: 'outside' });
      continue;
    }
    if (!FIELDS.has(colId)) {
      plan.refuse(where, w.text, { code: 'readOnly' });
      continue;
    }
    const field = colId as CenterField;
    const read = readCenterValue(field, w.text);
    if (!read.ok) {
      plan.refuse(where, w.text, read.problem);
      continue;
    }
    if (isNew) {
      // A blank cell in a new row adds nothing by itself.
      if (read.value === null || read.value === '') continue;
      const k = w.row - view.rowIds.length;
      const center = newCenter(k);
      if (!pending.some((p) => p.k === k)) pending.push({ k, center });
      plan.change(
        where,
        w.text,
        { kind: 'setCenterField', id: center.id, field, value: read.value },
        null,
        read.value,
        undefined,
        field === 'established',
      );
      continue;
    }
    if (!existing) continue;
    const before = existing[field];
    if (sameCell(before, read.value)) continue;
    plan.change(
      where,
      w.text,
      { kind: 'setCenterField', id: existing.id, field, value: read.value },
      before,
      read.value,
      undefined,
      field === 'established',
    );
  }
  // New centers in the order of their rows, before the values written into them.
  pending.sort((a, b) => a.k - b.k);
  if (wb.centers.rows.length + pending.length > LIMITS.centers) {
    const problem: WriteProblem = { code: 'edit', problem: { code: 'tooMany', what: 'centers', max: LIMITS.centers } };
    return {
      edits: [],
      changes: [],
      problems: [{ where: { row: '', colId: '', newRow: 1 }, text: '', problem }],
      added: { rows: 0, years: 0 },
    };
  }
  for (const { center } of pending) plan.growth.push({ kind: 'addCenter', id: center.id });
  plan.rows = pending.length;
  return plan.build();
}
