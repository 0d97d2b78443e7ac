/**
 * The rows of an agency table below its header: where the data ends (footnotes, a source line, a
 * URL, notes after a blank gap), group labels written once per block and filled down, each row's
 * key ("서울특별시 · 여자"), and totals wherever they stand (top, bottom, per group), each checked
 * against the rows it actually sums.
 */
import { cellAddress } from '../a1';
import { cellText, isBlank, readNumber, type RawValue } from './cell-values';
import type { ImportWarning } from './import-warnings';

/**
 * A row below the header: its one-based sheet row and its cells; detection fills in its key and the unit
 * its labels carry when it keeps the row as data (made with them, so 100,000 rows are not made twice).
 */
export interface BodyRow {
  row: number;
  cells: RawValue[];
  key: string;
  unit: string | null;
}

/** A totals row, kept out of the data and checked against the rows it sums. */
export interface TotalRow {
  row: number;
  /** Its key, e.g. "남한 · 합계". */
  label: string;
  /** Whether a sum could be checked (members, numbers, not an average). */
  checked: boolean;
  mismatches: { column: string; total: number; sum: number }[];
  /** The sheet rows (one-based) of the data rows it sums. */
  members: number[];
  cells: RawValue[];
}

const TOTAL_WORDS = new Set([
  '계',
  '합계',
  '총계',
  '소계',
  '총합계',
  '전체',
  '전국',
  '전체평균',
  '총액',
  '합',
  'total',
  'subtotal',
  'sum',
  'grandtotal',
]);
const OUTLINE = /^[□■○●◦ㅇ▪▫◇◆※\-·•①②③④⑤⑥⑦⑧⑨]|^\d+\.\s|^[가-하]\.\s/;
const FOOTNOTE = /^(\*|※|주\s*[:：)]|주\d*[)）]|자료\s*[:：]|출처\s*[:：]|source\s*:|note\s*:|註)/i;
const SOURCE_LINE = /^\(?\s*(단위|자료|출처)|^(https?:\/\/|www\.)/i;

/** Whether a label names a total ("계", "합계", "전국", "Total"…). */
export const isTotalLabel = (s: string): boolean => s.length > 0 && s.length <= 16 && TOTAL_WORDS.has(s.replace(/\s/g, '').toLowerCase());

/** The data rows under the header, up to footnotes, a source or URL line, or notes after a blank gap. */
export function bodyRows(rows: readonly RawValue[][], start: number): BodyRow[] {
  const body: BodyRow[] = [];
  let gap = false;
  for (let r = start; r < rows.length; r++) {
    const row = rows[r]!;
    // The first filled cell and whether there is a second, without copying the row (100,000 rows).
    let firstAt = -1;
    let several = false;
    for (let c = 0; c < row.length; c++) {
      if (isBlank(row[c] ?? null)) continue;
      if (firstAt >= 0) {
        several = true;
        break;
      }
      firstAt = c;
    }
    if (firstAt < 0) {
      gap = body.length > 0;
      continue;
    }
    // A number is never a footnote or a source line (most rows start with one: no text made to test).
    const first = typeof row[firstAt] === 'number' ? null : cellText(row[firstAt]!);
    if (first !== null && (FOOTNOTE.test(first) || (!several && SOURCE_LINE.test(first)))) break;
    // After a blank gap, a line with one value is a note under the table, not data.
    if (gap && !several) break;
    body.push({ row: r + 1, cells: row, key: '', unit: null });
  }
  return body;
}

/**
 * Fills group labels down: KOSIS writes "서울특별시" on the first row of its block and leaves the
 * rows below blank. Every key column but the last is filled where a later key column has a value.
 * Works on copies; the sheet stays as read.
 */
export function fillGroups(body: BodyRow[], keyCols: readonly number[]): void {
  for (let k = 0; k < keyCols.length - 1; k++) {
    const c = keyCols[k]!;
    const later = keyCols.slice(k + 1);
    let current: RawValue = null;
    for (const b of body) {
      if (!isBlank(b.cells[c] ?? null)) {
        current = b.cells[c] ?? null;
        continue;
      }
      if (current === null || later.every((l) => isBlank(b.cells[l] ?? null))) continue;
      b.cells = [...b.cells];
      b.cells[c] = current;
    }
  }
}

/** A row's key: its labels in the key columns, joined. */
export const rowKey = (cells: readonly RawValue[], keyCols: readonly number[]): string =>
  // One label column (a list's names): its text, without building arrays for 100,000 rows.
  keyCols.length === 1
    ? cellText(cells[keyCols[0]!] ?? null)
    : keyCols
        .map((c) => cellText(cells[c] ?? null))
        // A label merged across two key columns counts once.
        .filter((t, i, all) => t !== '' && t !== all[i - 1])
        .join(' · ');

const decimals = (n: number) => {
  const s = String(n);
  const i = s.indexOf('.');
  return i < 0 ? 0 : Math.min(6, s.length - i - 1);
};

/** Checks one total against its members in one column: a mismatch, "not a sum" (an average, a rate), or fine. */
function checkColumn(total: number, values: number[]): 'ok' | 'notSum' | { sum: number } {
  const sum = values.reduce((s, v) => s + v, 0);
  // Published figures are rounded: allow half a last digit per member, and a little relative slack.
  const step = 10 ** -Math.max(decimals(total), ...values.map(decimals));
  if (Math.abs(sum - total) <= Math.max(values.length * step * 0.5, Math.abs(total) * 2e-3)) return 'ok';
  // A figure between its members' smallest and largest cannot be their sum: an average or a rate.
  if (values.length >= 2 && total >= Math.min(...values) && total <= Math.max(...values)) return 'notSum';
  return { sum };
}

/**
 * Splits totals from data and checks each total against the rows it sums: the data rows that share
 * its non-total labels ("남한 · 합계" sums the 남한 rows, "계 · 남자" sums every 남자 row, "계" all).
 */
export function splitTotals(
  body: BodyRow[],
  keyCols: readonly number[],
  numeric: readonly { index: number; name: string }[],
  unitOf: (cells: readonly RawValue[]) => string | null = () => null,
): { data: BodyRow[]; totals: TotalRow[]; warnings: ImportWarning[] } {
  const isTotal = (b: BodyRow) => keyCols.some((c) => isTotalLabel(cellText(b.cells[c] ?? null)));
  const data = body.filter((b) => !isTotal(b));
  const warnings: ImportWarning[] = [];
  const totals = body.filter(isTotal).map((t): TotalRow => {
    const label = rowKey(t.cells, keyCols);
    const fixed = keyCols.filter((c) => {
      const v = cellText(t.cells[c] ?? null);
      return v !== '' && !isTotalLabel(v);
    });
    // Rows in another unit than the total (its growth rates in %) are not among what it sums.
    const unit = unitOf(t.cells);
    const members = data.filter(
      (d) => fixed.every((c) => cellText(d.cells[c] ?? null) === cellText(t.cells[c] ?? null)) && unitOf(d.cells) === unit,
    );
    const averaged = /평균|average|mean|율|%/i.test(label);
    // An outline (□ 사업 over ㅇ 세부사업) nests rows under rows: which of them the total sums is not known.
    const outline = members.some((m) => OUTLINE.test(rowKey(m.cells, keyCols)));
    const mismatches: TotalRow['mismatches'] = [];
    let checked = false;
    if (!averaged && !outline && members.length > 0) {
      for (const col of numeric) {
        const total = readNumber(t.cells[col.index] ?? null);
        if (total.kind !== 'number') continue;
        const values = members.flatMap((m) => {
          const v = readNumber(m.cells[col.index] ?? null);
          return v.kind === 'number' ? [v.value] : [];
        });
        if (values.length === 0) continue;
        // Members adding up to twice the total or more are levels of a hierarchy, not parts of it.
        const doubled = values.every((v) => v >= 0) && values.reduce((a, b) => a + b, 0) >= total.value * 1.9 && total.value > 0;
        if (doubled) continue;
        const result = checkColumn(total.value, values);
        // A member without a figure ("-", blank) may explain a difference: that check cannot be made, so no warning.
        if (result === 'notSum' || (result !== 'ok' && values.length < members.length)) continue;
        checked = true;
        if (result !== 'ok') {
          mismatches.push({ column: col.name, total: total.value, sum: result.sum });
          if (warnings.length < 20)
            warnings.push({
              code: 'totalMismatch',
              cell: cellAddress(t.row - 1, col.index),
              label,
              column: col.name,
              total: total.value,
              sum: result.sum,
            });
        }
      }
    }
    return { row: t.row, label, checked, mismatches, members: members.map((m) => m.row), cells: t.cells };
  });
  return { data, totals, warnings };
}
