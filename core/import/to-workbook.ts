/** Turning an imported table into workbook data: series candidates, centers with provenance, and diffs. */
import { nextCenterId } from '../centers';
import type { Center, Provenance, SeriesPoint } from '../types';
import type { CenterField } from '../workbook-edits';
import { cellAddress } from './cell-values';
import type { ImportTable } from './import-table';
import { conversionFactor, convertMoney, isMoneyUnit, type MoneyUnit } from './units';

/** A series a table offers: a labelled row (years in columns) or column (years in rows). */
export interface SeriesCandidate {
  label: string;
  points: { year: number; value: number | null; cell: string }[];
}

/** Every series in a table. */
export function seriesCandidates(table: ImportTable): SeriesCandidate[] {
  const yearCols = table.columns.filter((c) => c.year !== null);
  const keyCols = table.columns.filter((c) => c.type === 'text' && c.year === null);
  if (table.orientation === 'years-in-columns') {
    return table.rows.map((r) => ({
      label: keyCols.map((c) => r.values[c.index]).filter((v) => v !== null && v !== '').join(' ') || `row ${r.row}`,
      points: yearCols.map((c) => ({ year: c.year!, value: typeof r.values[c.index] === 'number' ? (r.values[c.index] as number) : null, cell: cellAddress(r.row - 1, c.index) })),
    }));
  }
  if (table.orientation === 'years-in-rows') {
    const yearCol = table.columns.find((c) => c.type === 'year') ?? table.columns[0]!;
    return table.columns
      .filter((c) => c.type === 'number' && c.index !== yearCol.index)
      .map((c) => ({
        label: c.name,
        points: table.rows.flatMap((r) => {
          const year = r.values[yearCol.index];
          return typeof year === 'number' ? [{ year, value: typeof r.values[c.index] === 'number' ? (r.values[c.index] as number) : null, cell: cellAddress(r.row - 1, c.index) }] : [];
        }),
      }));
  }
  return [];
}

/** Factor from the table's unit to the workbook's (1 when either is not a money unit we know). */
export function unitFactor(from: string | null, to: string): number {
  return isMoneyUnit(from) && isMoneyUnit(to) ? conversionFactor(from as MoneyUnit, to as MoneyUnit) : 1;
}

/** Series points in the workbook's unit, each with its provenance. */
export function candidatePoints(candidate: SeriesCandidate, file: string, sheet: string, unit: string | null, workbookUnit: string): SeriesPoint[] {
  const factor = unitFactor(unit, workbookUnit);
  const convert = (v: number) => (isMoneyUnit(unit) && isMoneyUnit(workbookUnit) ? convertMoney(v, unit, workbookUnit) : v);
  return candidate.points.map((p) => ({
    year: p.year,
    value: p.value === null ? null : convert(p.value),
    note: '',
    source: { file, sheet, cell: p.cell, unit, factor } satisfies Provenance,
  }));
}

/** How each column is used: a center field, kept as an extra column, or ignored. */
export type ColumnUse = CenterField | 'extra' | 'ignore';

const asText = (v: string | number | null) => (v === null ? '' : String(v));
const asInt = (v: string | number | null) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : null);

/** Centers from a list table and a column mapping; ids are fresh (matching keeps existing ones, see mergeCenters). */
export function centersFromTable(table: ImportTable, uses: ColumnUse[], file: string): Center[] {
  const rows: Center[] = [];
  for (const r of table.rows) {
    const c: Center = { id: '', name: '', institution: '', region: '', field: '', established: null, equipment: null };
    const extra: Record<string, string | number | null> = {};
    table.columns.forEach((col, i) => {
      const use = uses[i] ?? 'ignore';
      const v = r.values[col.index] ?? null;
      if (use === 'name' || use === 'institution' || use === 'region' || use === 'field') c[use] = asText(v);
      else if (use === 'established') c.established = asInt(v) !== null && asInt(v)! >= 1900 && asInt(v)! <= 2200 ? asInt(v) : null;
      else if (use === 'equipment') c.equipment = asInt(v) !== null && asInt(v)! >= 0 ? asInt(v) : null;
      else if (use === 'extra') extra[col.name] = v;
    });
    if (Object.keys(extra).length) c.extra = extra;
    const last = table.columns[table.columns.length - 1]?.index ?? 0;
    c.source = { file, sheet: table.sheet, cell: `${cellAddress(r.row - 1, 0)}:${cellAddress(r.row - 1, last)}`, unit: null, factor: 1 };
    rows.push(c);
  }
  return rows;
}

const key = (c: Pick<Center, 'name' | 'institution'>) => `${c.name.normalize('NFKC').replace(/\s+/g, '')}|${c.institution.normalize('NFKC').replace(/\s+/g, '')}`;
const COMPARED: CenterField[] = ['name', 'institution', 'region', 'field', 'established', 'equipment'];

/** How an import of centers is applied. */
export interface CenterImportOptions {
  /** Fields the file provides; the others keep their current values on matched rows. */
  fields: readonly CenterField[];
  /** Keep centers that are not in the file (otherwise they are removed). */
  keepMissing: boolean;
}

/** A matched row after import: the file's fields over the current row. */
function overlay(before: Center, incoming: Center, fields: readonly CenterField[]): Center {
  const out: Center = { ...before, source: incoming.source };
  for (const f of fields) (out as unknown as Record<string, unknown>)[f] = incoming[f];
  if (incoming.extra) out.extra = { ...before.extra, ...incoming.extra };
  return out;
}

/** What an import changes in the center list, rows matched by center name + institution. */
export interface CenterDiff {
  added: Center[];
  removed: Center[];
  changed: { before: Center; after: Center; fields: { field: string; from: string | number | null; to: string | number | null }[] }[];
  unchanged: number;
}

/** Compares the current list with an imported one. */
export function diffCenters(current: readonly Center[], incoming: readonly Center[], options: CenterImportOptions = { fields: COMPARED, keepMissing: false }): CenterDiff {
  const byKey = new Map(current.map((c) => [key(c), c]));
  const seen = new Set<string>();
  const diff: CenterDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const c of incoming) {
    const k = key(c);
    const before = byKey.get(k);
    if (!before || seen.has(k)) {
      diff.added.push(c);
      continue;
    }
    seen.add(k);
    const after = overlay(before, c, options.fields);
    const fields: CenterDiff['changed'][number]['fields'] = COMPARED.filter((f) => before[f] !== after[f]).map((f) => ({ field: f, from: before[f], to: after[f] }));
    for (const [name, v] of Object.entries(c.extra ?? {})) if ((before.extra?.[name] ?? null) !== v) fields.push({ field: name, from: before.extra?.[name] ?? null, to: v });
    if (fields.length) diff.changed.push({ before, after, fields });
    else diff.unchanged++;
  }
  diff.removed = options.keepMissing ? [] : current.filter((c) => !seen.has(key(c)));
  return diff;
}

/**
 * The center list after applying an import: matched rows (same ids) take the file's fields, new rows get
 * fresh ids, and rows missing from the file are removed unless `keepMissing`.
 */
export function mergeCenters(current: readonly Center[], incoming: readonly Center[], options: CenterImportOptions = { fields: COMPARED, keepMissing: false }): Center[] {
  const byKey = new Map(current.map((c) => [key(c), c]));
  const used = new Set<string>();
  const out: Center[] = [];
  let pool: Center[] = [...current];
  for (const c of incoming) {
    const before = byKey.get(key(c));
    if (before && !used.has(before.id)) {
      used.add(before.id);
      out.push(overlay(before, c, options.fields));
    } else {
      const fresh = nextCenterId([...pool, ...out]);
      out.push({ ...c, id: fresh });
      pool = [...pool, { ...c, id: fresh }];
    }
  }
  return options.keepMissing ? [...current.filter((c) => !used.has(c.id)), ...out].sort((a, b) => order(current, a) - order(current, b)) : out;
}

// Kept rows stay where they were; new rows go to the end.
const order = (current: readonly Center[], c: Center) => {
  const i = current.findIndex((x) => x.id === c.id);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

/** Which years an imported series adds or changes. */
export function diffSeries(current: readonly SeriesPoint[], incoming: readonly SeriesPoint[]): { year: number; from: number | null | undefined; to: number | null }[] {
  const byYear = new Map(current.map((p) => [p.year, p.value]));
  return incoming.filter((p) => !byYear.has(p.year) || byYear.get(p.year) !== p.value).map((p) => ({ year: p.year, from: byYear.has(p.year) ? byYear.get(p.year) : undefined, to: p.value }));
}

/** The series points after an import: imported years replace or add, other years stay. */
export function mergeSeriesPoints(current: readonly SeriesPoint[], incoming: readonly SeriesPoint[]): SeriesPoint[] {
  const map = new Map(current.map((p) => [p.year, p]));
  for (const p of incoming) map.set(p.year, { ...p, note: map.get(p.year)?.note ?? p.note });
  return [...map.values()].sort((a, b) => a.year - b.year);
}
