/**
 * The header of an agency table: where it starts (below titles, dates and unit notes, merged or
 * not), how many rows it has (1–3: years over categories over items, merged or repeated), and what
 * each column is called once the levels are flattened ("2018 · 원인 · 입산자실화"), with the unit
 * its labels carry ("원인 (건)" → 건) and the year or period it stands for.
 */
import { cellText, isBlank, readNumber, readYear, type RawValue } from './cell-values';
import { findUnit } from './unit-text';

/** A merged range, zero-based and inclusive. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One column's header once flattened. */
export interface ColumnHeader {
  name: string;
  /** The year the column stands for, when one of its labels is a year. */
  year: number | null;
  /** A quarter or month label ("2022 · 1분기"), kept as a labelled column. */
  period: string | null;
  /** The name without its year: what columns of the same measure share across years. */
  measure: string;
  /** A unit one of its labels carries (the lowest level wins). */
  unit: string | null;
}

const isNumberish = (v: RawValue) => readNumber(v).kind === 'number' && readYear(v) === null;
const nonEmptyCount = (r: readonly RawValue[] | undefined) => (r ? r.filter((v) => !isBlank(v)).length : 0);

/** Whether a row reads as a header: at least two labels, mostly not numbers. */
function looksLikeHeader(row: readonly RawValue[]): boolean {
  const cells = row.filter((v) => !isBlank(v));
  if (cells.length < 2) return false;
  const labels = cells.filter((v) => !isNumberish(v)).length;
  return labels >= Math.max(2, Math.ceil(cells.length * 0.6));
}

/** Share of a row's filled cells equal to a neighbour: a label repeated across the columns it covers. */
function repetition(row: readonly RawValue[]): number {
  let filled = 0;
  let repeated = 0;
  row.forEach((v, c) => {
    if (isBlank(v)) return;
    filled++;
    const t = cellText(v);
    if (cellText(row[c - 1] ?? null) === t || cellText(row[c + 1] ?? null) === t) repeated++;
  });
  return filled === 0 ? 0 : repeated / filled;
}

/**
 * Whether the row under header row `r` is another header level: it has no numbers, and the row
 * above groups columns (a horizontal merge, a label repeated side by side, or labels over gaps)
 * or it repeats one label under each group (KOSIS writes "이동자수 (명)" under every year).
 */
function isNextLevel(rows: RawValue[][], raw: readonly RawValue[][], r: number, merges: readonly Merge[]): boolean {
  const below = rows[r + 1];
  // A row of units under the labels ("%" under 증감, "(명)"), the rest merged down from above.
  const own = (raw[r + 1] ?? []).filter((v) => !isBlank(v));
  if (
    own.length > 0 &&
    own.length <= 3 &&
    own.every((v) => findUnit(cellText(v)) !== null && cellText(v).length <= 12) &&
    nonEmptyCount(rows[r]) >= 2
  )
    return true;
  if (!below || nonEmptyCount(below) === 0 || below.some(isNumberish) || !looksLikeHeader(below)) return false;
  const above = rows[r]!;
  const merged = merges.some((m) => m.top <= r && m.bottom === r && m.right > m.left);
  const gaps = (raw[r] ?? []).filter((v, c) => isBlank(v) && c > 0 && !isBlank(below[c] ?? null) && !isBlank(above[c] ?? null)).length;
  return merged || repetition(above) >= 0.3 || repetition(below) >= 0.5 || gaps >= 2;
}

/** A title or note line: a single value on the row (one cell, or one merged range). */
function isTitleRow(raw: readonly RawValue[] | undefined): boolean {
  return nonEmptyCount(raw) === 1;
}

/**
 * The header rows (zero-based, top to bottom): the first header-like row that is not a title and
 * is followed by data, plus up to two more levels below it. `override` (one-based) fixes the last
 * header row, as the user chose it.
 */
export function findHeaderRows(rows: RawValue[][], raw: readonly RawValue[][], merges: readonly Merge[], override?: number): number[] {
  if (override !== undefined) return [Math.min(Math.max(0, override - 1), Math.max(0, rows.length - 1))];
  const limit = Math.min(rows.length, 40);
  for (let r = 0; r < limit; r++) {
    if (isTitleRow(raw[r]) || !looksLikeHeader(rows[r]!)) continue;
    const block = [r];
    while (block.length < 3 && isNextLevel(rows, raw, block[block.length - 1]!, merges)) block.push(block[block.length - 1]! + 1);
    if (followedByData(rows, block[block.length - 1]!)) return block;
  }
  const first = rows.findIndex((row, i) => nonEmptyCount(row) >= 2 && !isTitleRow(raw[i]));
  return [first < 0 ? 0 : first];
}

/** A header is followed (within a few rows) by a row with numbers, or with at least as many values. */
function followedByData(rows: RawValue[][], last: number): boolean {
  for (let k = last + 1; k < Math.min(rows.length, last + 4); k++) {
    const next = rows[k]!;
    if (nonEmptyCount(next) === 0) continue;
    return next.some(isNumberish) || nonEmptyCount(next) >= nonEmptyCount(rows[last]);
  }
  return false;
}

// Quarters and months: "2022 1/4", "2022.1Q", "2022년 1분기", "2022-03", "2022.03", "2022년 3월".
const QUARTER = /^(?:FY)?(\d{4})\s*(?:년\s*)?[.\-/ ]?\s*(?:([1-4])\s*(?:\/\s*4|분기|Q)|Q([1-4]))$/i;
const MONTH = /^(\d{4})\s*(?:년\s*|[.\-/ ]\s*)(\d{1,2})\s*월?$/;

// A quarter or a month without its year: "1분기", "1/4", "Q1", "3월".
const PART_OF_YEAR = /^(?:[1-4]\s*(?:분기|\/\s*4|Q)|Q[1-4]|\d{1,2}\s*월)$/i;

/** A quarter or month label, when a header label is one. */
function readPeriod(text: string): string | null {
  const s = text.normalize('NFKC').trim();
  const q = QUARTER.exec(s);
  if (q) return `${q[1]} Q${q[2] ?? q[3]}`;
  const m = MONTH.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
  return null;
}

/** A label without the unit it carries: "원인 (건)" → "원인", "(단위: 억원)" → "". */
function withoutUnit(label: string, unit: string | null): string {
  if (!unit) return label;
  return label
    .replace(/[([]\s*(?:단위\s*[:：]?\s*)?[^()[\]]*[)\]]\s*$/, '')
    .replace(/단위\s*[:：]?\s*\S+/, '')
    .trim();
}

/** Flattens the header rows into one name per column. `fallback` names a column with no label (its letter). */
export function columnHeaders(
  rows: RawValue[][],
  headerRows: readonly number[],
  width: number,
  fallback: (c: number) => string,
): ColumnHeader[] {
  return Array.from({ length: width }, (_, c) => {
    const labels: string[] = [];
    for (const r of headerRows) {
      const t = cellText(rows[r]?.[c] ?? null);
      // A label merged or repeated down the levels counts once.
      if (t && labels[labels.length - 1] !== t) labels.push(t);
    }
    let unit: string | null = null;
    let year: number | null = null;
    let period: string | null = null;
    const parts: string[] = [];
    const measure: string[] = [];
    for (const label of labels) {
      const u = findUnit(label);
      if (u) unit = u;
      const name = withoutUnit(label, u);
      // "2021년\n(A)": a year with the marker a press release gives its column.
      const y = readYear(name.replace(/\s*\([A-Za-z](?:\s*[+\-/]\s*[A-Za-z])*\)\s*$/, ''));
      // A quarter or month under a year ("2022년" over "1분기") is a period of that year; alone it names one.
      const p = y === null ? (year !== null && PART_OF_YEAR.test(name) ? readPeriod(`${year} ${name}`) : readPeriod(name)) : null;
      if (y !== null && year === null) year = y;
      if (p !== null && period === null) period = p;
      // "장비" over "장비 수" is one name: the lower label repeats the upper one as its first word.
      const repeats = (upper: string | undefined) => upper !== undefined && name.startsWith(`${upper} `);
      if (repeats(parts[parts.length - 1])) parts.pop();
      if (y === null && repeats(measure[measure.length - 1])) measure.pop();
      if (name) parts.push(name);
      if (name && y === null) measure.push(name);
    }
    const name = parts.join(' · ') || labels.join(' · ') || fallback(c);
    // A period written in one label ("2024 1/4") is not a year column; a quarter under a year keeps its year,
    // so the same quarter across years can still be a series.
    const inOne = period !== null && year !== null && labels.some((l) => readPeriod(withoutUnit(l, findUnit(l))) === period);
    return { name, year: inOne ? null : year, period, measure: measure.join(' · '), unit };
  });
}
