/** Turning an imported list table into centers with provenance (series: series-import.ts; merging: merge.ts). */
import type { Center, CenterField } from '../types';
import { cellAddress } from '../a1';
import { CENTER_TEXT_LIMITS, isStorableValue, isStorableYear, LIMITS } from '../limits';
import type { ImportTable } from './import-table';
import { normaliseRegion } from './regions';

/** Every way a column can be used: a center field, kept as an extra column, or ignored. */
export const COLUMN_USES = ['name', 'institution', 'region', 'field', 'established', 'equipment', 'extra', 'ignore'] as const;
/** How each column is used. */
export type ColumnUse = (typeof COLUMN_USES)[number];

const asText = (v: string | number | null) => (v === null ? '' : String(v));
const asInt = (v: string | number | null) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : null);

/** Centers from a list table, and the region names that match no 시도 (kept as written). */
export interface ImportedCenters {
  centers: Center[];
  unknownRegions: string[];
}

/**
 * Centers from a list table and a column mapping; ids are fresh (matching keeps existing ones, see
 * mergeCenters). Regions are folded to the 시도 short forms (서울특별시 → 서울, 경기북부 → 경기) so counts
 * per region do not split; a folded name keeps its original in an extra column.
 */
export function centersFromTable(table: ImportTable, uses: ColumnUse[], file: string): ImportedCenters {
  return centersFromRows(table, importTableRows(table.rows), uses, file);
}

/**
 * The rows of a list as the mapping reads them: each row's sheet row number and its value per table
 * column, as imported. The work process reads them straight from the detected cells, without building
 * a row of every column first.
 */
export interface ListRows {
  readonly length: number;
  row: (i: number) => number;
  value: (i: number, column: number) => string | number | null;
}

/** An import table's rows (built whole) read as list rows. */
export function importTableRows(rows: ImportTable['rows']): ListRows {
  return { length: rows.length, row: (i) => rows[i]!.row, value: (i, c) => rows[i]!.values[c] ?? null };
}

/** Centers from any list rows (see centersFromTable). */
export function centersFromRows(
  table: Pick<ImportTable, 'sheet' | 'columns'>,
  source: ListRows,
  uses: ColumnUse[],
  file: string,
): ImportedCenters {
  const rows: Center[] = [];
  const unknown = new Set<string>();
  // Decided once per column, not per cell: what it is used for, its extra-column key (the first N extras only).
  let extras = 0;
  const plan = table.columns.map((col, i) => {
    const use = uses[i] ?? 'ignore';
    const keep = use === 'extra' && extras++ < LIMITS.extraColumns;
    return {
      at: i,
      use,
      key: col.name.slice(0, LIMITS.extraKey),
      originalKey: `${col.name} (원문)`.slice(0, LIMITS.extraKey),
      keep,
    };
  });
  const regions = new Map<string, string | null>();
  const regionOf = (written: string) => {
    let r = regions.get(written);
    if (r === undefined) regions.set(written, (r = normaliseRegion(written)));
    return r;
  };
  const first = cellAddress(0, 0).replace(/\d+$/, '');
  const lastColumn = cellAddress(0, table.columns[table.columns.length - 1]?.index ?? 0).replace(/\d+$/, '');
  // Only the columns the mapping uses are read: an ignored column costs nothing.
  const used = plan.filter((p) => p.use !== 'ignore' && (p.use !== 'extra' || p.keep));
  for (let i = 0; i < source.length; i++) {
    const c: Center = { id: '', name: '', institution: '', region: '', field: '', established: null, equipment: null };
    let extra: Record<string, string | number | null> | undefined;
    for (const p of used) {
      const v = source.value(i, p.at);
      // Cells longer than a field holds are cut to its limit, so an imported list can always be saved.
      switch (p.use) {
        case 'region': {
          const written = asText(v).trim();
          const short = written ? regionOf(written) : null;
          if (written && !short) unknown.add(written);
          c.region = (short ?? written).slice(0, CENTER_TEXT_LIMITS.region);
          if (short && short !== written) (extra ??= {})[p.originalKey] = written.slice(0, LIMITS.extraValue);
          break;
        }
        case 'name':
        case 'institution':
        case 'field':
          c[p.use] = asText(v).slice(0, CENTER_TEXT_LIMITS[p.use]);
          break;
        case 'established': {
          const n = asInt(v);
          c.established = n !== null && isStorableYear(n) ? n : null;
          break;
        }
        case 'equipment': {
          const n = asInt(v);
          c.equipment = n !== null && n >= 0 && n <= LIMITS.equipmentMax ? n : null;
          break;
        }
        case 'extra':
          if (p.keep)
            (extra ??= {})[p.key] =
              typeof v === 'string' ? v.slice(0, LIMITS.extraValue) : typeof v === 'number' && isStorableValue(v) ? v : null;
          break;
        case 'ignore':
          break;
      }
    }
    if (extra) c.extra = extra;
    const row = source.row(i);
    c.source = { file, sheet: table.sheet, cell: `${first}${row}:${lastColumn}${row}`, unit: null, factor: 1 };
    rows.push(c);
  }
  return { centers: rows, unknownRegions: [...unknown] };
}

/** The center fields a mapping fills (the others keep their values on matched rows). */
export const mappedFields = (uses: readonly ColumnUse[]): CenterField[] =>
  uses.filter((u): u is CenterField => u !== 'extra' && u !== 'ignore');
