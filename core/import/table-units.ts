/**
 * Where a table's units are written, in the order they apply to a column: its own header labels
 * ("면적 (ha)"), the header of the row labels ("전력량 (억㎾h)"), a note or title row around the
 * table ("(단위: 억원)"), the row labels themselves ("상용 월평균 임금 (원)", when every row agrees),
 * or a metadata sheet ("단위 | 천명"). A unit is never invented.
 */
import { cellText, isBlank, type RawValue } from './cell-values';
import { findUnit } from './unit-text';

/** Where a unit was found. */
export type UnitSource = 'header' | 'note' | 'item' | 'metadata';

/** A unit and where it was found. */
export interface FoundUnit {
  unit: string;
  source: UnitSource;
}

/** The first unit in note or title lines (above the header, or under the table). */
export function noteUnit(lines: readonly (readonly RawValue[])[]): string | null {
  for (const line of lines) {
    for (const v of line) {
      if (isBlank(v)) continue;
      const u = findUnit(cellText(v));
      if (u) return u;
    }
  }
  return null;
}

/** Names of sheets that hold metadata about the table rather than data. */
export const isMetadataSheet = (name: string): boolean => /^(메타\S*|meta\S*|정보|설명|주석|notes?|about|info)$/i.test(name.trim());

/** The unit a metadata sheet states: a "단위" cell with its value beside or below it, or "단위: 천명" in one cell. */
export function metadataUnit(rows: readonly (readonly RawValue[])[]): string | null {
  for (let r = 0; r < Math.min(rows.length, 200); r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const t = cellText(row[c] ?? null);
      if (!t.includes('단위') && !/^unit/i.test(t)) continue;
      const inline = findUnit(t);
      if (inline) return inline;
      const beside = row.slice(c + 1).find((v) => !isBlank(v));
      const below = rows[r + 1]?.[c];
      for (const v of [beside, below]) {
        const s = cellText(v ?? null);
        if (s && s.length <= 10) return findUnit(`단위: ${s}`) ?? s;
      }
    }
  }
  return null;
}

/** The unit each row's labels carry ("상용 월평균 임금 (원)"), or null per row. */
export function itemUnits(rows: readonly (readonly RawValue[])[], keyCols: readonly number[]): (string | null)[] {
  // Labels repeat down a long table (one 소관 on thousands of rows): each is read once.
  const seen = new Map<RawValue, string | null>();
  const unitOf = (raw: RawValue) => {
    let u = seen.get(raw);
    if (u === undefined) {
      const label = cellText(raw);
      // A row of rates ("증감률", "전년 대비") is in percent whatever the table's unit.
      u = findUnit(label) || (RATE_LABEL.test(label) ? '%' : null);
      seen.set(raw, u);
    }
    return u;
  };
  return rows.map((cells) => {
    for (const c of keyCols) {
      const u = unitOf(cells[c] ?? null);
      if (u) return u;
    }
    return null;
  });
}

const RATE_LABEL = /증감\s*률|증감\s*율|증가\s*율|증가\s*률|감소\s*율|감소\s*률|성장\s*률|비중|전년\s*(동기)?\s*대비/;

/** Inputs of a table's unit resolution. */
export interface UnitClues {
  /** Per column: the unit its own header labels carry. */
  headers: (string | null)[];
  /** A unit in the header of the row-label columns. */
  keyHeader: string | null;
  note: string | null;
  /** Per data row: the unit its labels carry. */
  items: (string | null)[];
  metadata: string | null;
}

/** The unit of each value column and of the table (the one every value column shares, else null). */
export function resolveUnits(clues: UnitClues, valueCols: readonly number[]): { columns: (FoundUnit | null)[]; table: FoundUnit | null } {
  const items = clues.items.filter((u): u is string => u !== null);
  const item = items.length > 0 && items.length === clues.items.length && items.every((u) => u === items[0]) ? items[0]! : null;
  const shared: FoundUnit | null = clues.keyHeader
    ? { unit: clues.keyHeader, source: 'header' }
    : clues.note
      ? { unit: clues.note, source: 'note' }
      : item
        ? { unit: item, source: 'item' }
        : clues.metadata
          ? { unit: clues.metadata, source: 'metadata' }
          : null;
  const columns = clues.headers.map((h, c): FoundUnit | null => {
    if (!valueCols.includes(c)) return null;
    return h ? { unit: h, source: 'header' } : shared;
  });
  const values = valueCols.map((c) => columns[c]).filter((u): u is FoundUnit => u !== null);
  const distinct = new Set(values.map((u) => u.unit));
  // The table's unit: the one its value columns state, when they state only one ("예산(억원) | 증감"); none when they differ.
  const table = distinct.size === 1 && values.length * 2 >= valueCols.length ? values[0]! : valueCols.length === 0 ? shared : null;
  return { columns, table };
}
