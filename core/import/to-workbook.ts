/** Turning an imported list table into centers with provenance (series: series-import.ts; merging: merge.ts). */
import type { Center, CenterField } from '../types';
import { cellAddress } from '../a1';
import { CENTER_TEXT_LIMITS, isStorableValue, isStorableYear, LIMITS } from '../limits';
import type { ImportTable } from './import-table';
import { normaliseRegion } from './regions';

/** How each column is used: a center field, kept as an extra column, or ignored. */
export type ColumnUse = CenterField | 'extra' | 'ignore';

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
  const rows: Center[] = [];
  const unknown = new Set<string>();
  for (const r of table.rows) {
    const c: Center = { id: '', name: '', institution: '', region: '', field: '', established: null, equipment: null };
    const extra: Record<string, string | number | null> = {};
    table.columns.forEach((col, i) => {
      const use = uses[i] ?? 'ignore';
      const v = r.values[col.index] ?? null;
      const n = asInt(v);
      // Cells longer than a field holds are cut to its limit, so an imported list can always be saved.
      if (use === 'region') {
        const written = asText(v).trim();
        const short = written ? normaliseRegion(written) : null;
        if (written && !short) unknown.add(written);
        c.region = (short ?? written).slice(0, CENTER_TEXT_LIMITS.region);
        if (short && short !== written) extra[`${col.name} (원문)`.slice(0, LIMITS.extraKey)] = written.slice(0, LIMITS.extraValue);
      } else if (use === 'name' || use === 'institution' || use === 'field') c[use] = asText(v).slice(0, CENTER_TEXT_LIMITS[use]);
      else if (use === 'established') c.established = n !== null && isStorableYear(n) ? n : null;
      else if (use === 'equipment') c.equipment = n !== null && n >= 0 && n <= LIMITS.equipmentMax ? n : null;
      else if (use === 'extra' && Object.keys(extra).length < LIMITS.extraColumns) {
        extra[col.name.slice(0, LIMITS.extraKey)] =
          typeof v === 'string' ? v.slice(0, LIMITS.extraValue) : typeof v === 'number' && isStorableValue(v) ? v : null;
      }
    });
    if (Object.keys(extra).length) c.extra = extra;
    const last = table.columns[table.columns.length - 1]?.index ?? 0;
    c.source = { file, sheet: table.sheet, cell: `${cellAddress(r.row - 1, 0)}:${cellAddress(r.row - 1, last)}`, unit: null, factor: 1 };
    rows.push(c);
  }
  return { centers: rows, unknownRegions: [...unknown] };
}
