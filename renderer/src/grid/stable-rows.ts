/**
 * Row objects kept across renders while their contents are the same. The grids' rows are rebuilt from
 * the workbook on every change, and AG Grid (with row ids) refreshes every row whose object is new: an
 * edit of one value re-rendered every cell of every grid on screen. Handing back the previous object for
 * a row whose fields are all the same leaves AG Grid only the rows that changed.
 */
import { useRef } from 'react';

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
  return { input: rows, output: changed || !last ? output : last.output, byId };
}

/** stableRows for a call where only the rows at `others` are new objects (the rest are the last input's, at the same places). */
function patchRows<T>(last: StableRowsMemo<T>, rows: T[], others: number[], idOf: (row: T) => string): StableRowsMemo<T> {
  const output = last.output.slice();
  // The last memo is never read again once this one replaces it: its map is carried on, not copied.
  const byId = last.byId;
  let changed = false;
  for (const i of others) {
    const row = rows[i]!;
    const id = idOf(row);
    const before = byId.get(id);
    const kept = before !== undefined && typeof row === 'object' && row !== null && sameFields(before as object, row) ? before : row;
    byId.set(id, kept);
    output[i] = kept;
    if (kept !== last.output[i]) changed = true;
  }
  return { input: rows, output: changed ? output : last.output, byId };
}

/** The grid's rows kept stable across renders (see stableRows). */
export function useStableRows<T>(rows: T[] | null | undefined, idOf: ((row: T) => string) | undefined): T[] | null | undefined {
  const memo = useRef<StableRowsMemo<T> | null>(null);
  if (!rows || !idOf) return rows;
  // A cache written during render: safe here because it only decides which of two equal objects is handed
  // on, so a render React throws away (or renders twice) shows the same rows either way.
  /* eslint-disable react-hooks/refs */
  memo.current = stableRows(memo.current, rows, idOf);
  return memo.current.output;
  /* eslint-enable react-hooks/refs */
}
