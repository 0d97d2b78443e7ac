/**
 * Row objects kept across renders while their contents are the same. The grids' rows are rebuilt from
 * the workbook on every change, and AG Grid (with row ids) refreshes every row whose object is new: an
 * edit of one value re-rendered every cell of every grid on screen. Handing back the previous object for
 * a row whose fields are all the same leaves AG Grid only the rows that changed.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';

/** Whether two rows have the same own fields with the same values (by identity). */
function sameFields(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** What the last call handed back: its input, its output and the output's rows by id. */
export interface StableRowsMemo<T> {
  input: T[];
  output: T[];
  byId: Map<string, T>;
  /** When the output differs from the last only in these rows, each at its place (an edit's value and its sums): else null. */
  patched: T[] | null;
}

/** `rows` with each row replaced by its previous object (same id) when its fields are unchanged; the previous array when no row changed. */
export function stableRows<T>(last: StableRowsMemo<T> | null, rows: T[], idOf: (row: T) => string): StableRowsMemo<T> {
  if (last?.input === rows) return last;
  // Most of a large grid's rows are the very objects of the last call (a budget book's 10,000 rows after
  // one edit): only the others are looked at.
  if (last && last.input.length === rows.length) {
    const others: number[] = [];
    for (let i = 0; i < rows.length && others.length * 8 <= rows.length; i++) if (rows[i] !== last.input[i]) others.push(i);
    if (others.length * 8 <= rows.length) return patchRows(last, rows, others, idOf);
  }
  const byId = new Map<string, T>();
  let changed = !last || last.output.length !== rows.length;
  const output = rows.map((row, i) => {
    const id = idOf(row);
    const before = last?.byId.get(id);
    const kept = before !== undefined && typeof row === 'object' && row !== null && sameFields(before as object, row) ? before : row;
    byId.set(id, kept);
    if (kept !== last?.output[i]) changed = true;
    return kept;
  });
  // The same array when nothing changed, so AG Grid sees no new row data at all.
  return { input: rows, output: changed || !last ? output : last.output, byId, patched: null };
}

/** stableRows for a call where only the rows at `others` are new objects (the rest are the last input's, at the same places). */
function patchRows<T>(last: StableRowsMemo<T>, rows: T[], others: number[], idOf: (row: T) => string): StableRowsMemo<T> {
  const output = last.output.slice();
  // The last memo is never read again once this one replaces it: its map is carried on, not copied.
  const byId = last.byId;
  const patched: T[] = [];
  let inPlace = true;
  for (const i of others) {
    const row = rows[i]!;
    const id = idOf(row);
    const before = byId.get(id);
    const kept = before !== undefined && typeof row === 'object' && row !== null && sameFields(before as object, row) ? before : row;
    byId.set(id, kept);
    output[i] = kept;
    if (kept === last.output[i]) continue;
    patched.push(kept);
    // The same row (by id) at this place as before: AG Grid can take it as an update of that row.
    if (idOf(last.output[i]!) !== id) inPlace = false;
  }
  if (patched.length === 0) return { input: rows, output: last.output, byId, patched: null };
  return { input: rows, output, byId, patched: inPlace ? patched : null };
}

/** Whether AG Grid orders or hides rows itself (a sort or a filter), so a changed value may move a row. */
const reorders = <T>(api: GridApi<T>) => api.isAnyFilterPresent() || api.getColumnState().some((c) => c.sort);

/**
 * The rows to give AG Grid, kept stable across renders (see stableRows). When a change only replaces some
 * rows at their places (an edit, its sums) and the grid neither sorts nor filters, AG Grid keeps the array
 * it has and those rows are updated by id after the render: handing it a new array of a budget book's
 * 10,000 rows made it walk all of them to find the three that changed, half a frame per edit.
 */
export function useGridRows<T>(
  rows: T[] | null | undefined,
  idOf: ((row: T) => string) | undefined,
  apiRef: RefObject<GridApi<T> | null>,
): T[] | null | undefined {
  const memo = useRef<StableRowsMemo<T> | null>(null);
  const given = useRef<T[] | null>(null);
  // Rows to update in AG Grid, kept until a commit applies them (a render React throws away loses none).
  const pending = useRef<T[]>([]);
  useLayoutEffect(() => {
    const api = apiRef.current;
    if (!api || !idOf || pending.current.length === 0) return;
    const patch = pending.current;
    pending.current = [];
    for (const row of patch) api.getRowNode(idOf(row))?.updateData(row);
  });
  if (!rows || !idOf) return rows;
  // A cache written during render: safe here because it only decides which of two equal objects is handed
  // on, so a render React throws away (or renders twice) shows the same rows either way.
  /* eslint-disable react-hooks/refs */
  const before = memo.current;
  memo.current = stableRows(before, rows, idOf);
  const { output, patched } = memo.current;
  if (memo.current !== before) {
    const api = apiRef.current;
    if (patched && given.current && api && !reorders(api)) pending.current.push(...patched);
    else {
      given.current = output;
      pending.current = [];
    }
  }
  return given.current ?? output;
  /* eslint-enable react-hooks/refs */
}
